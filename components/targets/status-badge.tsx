import { useTranslations } from "next-intl";

// Status in words with a shape beside it, so it never rests on colour alone (and survives a black-and-white print).
const STYLE: Record<string, { icon: string; tone: string }> = {
  not_started: { icon: "○", tone: "bg-stone-100 text-stone-800" },
  in_progress: { icon: "◐", tone: "bg-sky-100 text-sky-900" },
  done: { icon: "✓", tone: "bg-emerald-100 text-emerald-900" },
  dropped: { icon: "×", tone: "bg-stone-200 text-stone-700 line-through decoration-1" },
};

export function StatusBadge({ status }: { status: string }) {
  const t = useTranslations("loop.actions.status");
  const style = STYLE[status] ?? STYLE.not_started;
  return (
    <span
      className={`inline-flex items-center gap-1 rounded-full px-2.5 py-0.5 text-xs font-semibold whitespace-nowrap print:border print:border-stone-400 ${style?.tone}`}
    >
      <span aria-hidden="true" className="no-underline">
        {style?.icon}
      </span>
      {t(status as "done")}
    </span>
  );
}

/** "Overdue" in words with a warning sign and a border: visible without colour. */
export function OverdueBadge() {
  const t = useTranslations("loop.actions");
  return (
    <span className="inline-flex items-center gap-1 rounded-full border-2 border-red-700 bg-red-50 px-2 py-0.5 text-xs font-bold whitespace-nowrap text-red-800">
      <span aria-hidden="true">⚠</span>
      {t("overdue")}
    </span>
  );
}
