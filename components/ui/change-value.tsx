import { useFormatter, useTranslations } from "next-intl";
import { changeSign, describeChange } from "@/lib/display/change";

const TONE = { up: "text-emerald-800", down: "text-red-800", same: "text-stone-600" } as const;

/**
 * Where a change is shown decides its precision and words: comparing two scans counts whole points (the way
 * scores are shown); the client list shows the latest change to one decimal, as a compact column.
 */
const VARIANTS = {
  compare: { namespace: "compare.change", decimals: 0, empty: "–", weight: "font-semibold" },
  dashboard: { namespace: "dashboard.change", decimals: 1, empty: "—", weight: "whitespace-nowrap font-medium" },
} as const;

/**
 * "+5" / "−3" on screen, "up 5 points" for screen readers (the sign alone is easy to miss or misread);
 * a dash when there is nothing to compare with. Works in server and client components.
 */
export function ChangeValue({
  change,
  variant = "compare",
  className = "",
}: {
  change: number | null | undefined;
  variant?: keyof typeof VARIANTS;
  className?: string;
}) {
  const style = VARIANTS[variant];
  const t = useTranslations(style.namespace);
  const format = useFormatter();
  const described = describeChange(change, style.decimals);
  const extra = className ? ` ${className}` : "";
  if (!described) {
    return (
      <span className={`text-stone-500${extra}`}>
        <span aria-hidden="true">{style.empty}</span>
        <span className="sr-only">{t("none")}</span>
      </span>
    );
  }
  const points = format.number(described.points, { maximumFractionDigits: style.decimals });
  return (
    <span className={`${style.weight} tabular-nums ${TONE[described.direction]}${extra}`}>
      <span aria-hidden="true">
        {described.direction === "same" ? "0" : `${changeSign(described.direction)}${points}`}
      </span>
      <span className="sr-only">
        {described.direction === "same"
          ? t("same")
          : // Whole points feed a plural ("1 point"); decimals go in as text, formatted for the locale ("3,5").
            t(described.direction, { points: style.decimals === 0 ? described.points : points })}
      </span>
    </span>
  );
}
