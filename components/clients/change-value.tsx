import { getFormatter, getTranslations } from "next-intl/server";
import { changeSign, describeChange } from "@/lib/clients/format-change";

const TONE = { up: "text-emerald-800", down: "text-red-800", same: "text-stone-600" } as const;

/** "+3.5" on screen, "up 3.5 points" for screen readers: the sign alone is easy to miss or misread. */
export async function ChangeValue({ change }: { change: number | null }) {
  const [t, format] = await Promise.all([getTranslations("dashboard.change"), getFormatter()]);
  const described = describeChange(change);
  if (!described) {
    return (
      <span className="text-stone-500">
        <span aria-hidden="true">—</span>
        <span className="sr-only">{t("none")}</span>
      </span>
    );
  }
  const points = format.number(described.points, { maximumFractionDigits: 1 });
  return (
    <span className={`whitespace-nowrap font-medium tabular-nums ${TONE[described.direction]}`}>
      <span aria-hidden="true">
        {described.direction === "same" ? "0" : `${changeSign(described.direction)}${points}`}
      </span>
      <span className="sr-only">{t(described.direction, { points })}</span>
    </span>
  );
}
