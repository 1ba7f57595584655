import { useTranslations } from "next-intl";
import { type ChangeLabel, changeLabelMessage } from "@/lib/history/change-label";

const TONE = {
  "beyond-margin": "text-stone-900 font-semibold",
  "within-margin": "text-stone-600",
  "one-person": "text-stone-600",
  "margin-unknown": "text-stone-600",
} as const;

/**
 * What the margin allows one to say about a change: "a real change: beyond the margin of ± 12 points",
 * "within the margin of ± 12 points", "one person's view" or "margin unknown". `compact` splits it over two
 * short lines for a narrow table column. Takes the label computed on the server: no statistics here.
 */
export function MarginLabel({ label, compact = false }: { label: ChangeLabel | undefined; compact?: boolean }) {
  const t = useTranslations("compare.margin");
  if (!label) return null;
  const { key, values } = changeLabelMessage(label);
  if (!compact) return <span className={`text-sm ${TONE[label.label]}`}>{t(key, values)}</span>;
  return (
    <span className={`block text-xs ${TONE[label.label]}`} data-margin={label.label}>
      {t(`${key}Short`)}
      {label.margin !== null && (
        <span className="block whitespace-nowrap font-normal text-stone-600">{t("marginShort", values)}</span>
      )}
    </span>
  );
}
