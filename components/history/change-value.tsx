import { getTranslations } from "next-intl/server";

/** "+5" / "−3" on screen, "up 5 points" for screen readers; a dash when there is nothing to compare. */
export async function ChangeValue({ change, className = "" }: { change: number | null; className?: string }) {
  const t = await getTranslations("compare.change");
  if (change === null) {
    return (
      <span className={`text-stone-500 ${className}`}>
        <span aria-hidden="true">–</span>
        <span className="sr-only">{t("none")}</span>
      </span>
    );
  }
  const [visual, spoken, tone] =
    change > 0
      ? [`+${change}`, t("up", { points: change }), "text-emerald-800"]
      : change < 0
        ? [`−${-change}`, t("down", { points: -change }), "text-red-800"]
        : ["0", t("same"), "text-stone-600"];
  return (
    <span className={`font-semibold tabular-nums ${tone} ${className}`}>
      <span aria-hidden="true">{visual}</span>
      <span className="sr-only">{spoken}</span>
    </span>
  );
}
