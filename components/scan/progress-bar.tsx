"use client";

import { useTranslations } from "next-intl";

export function ProgressBar({
  answered,
  total,
  step,
  steps,
}: {
  answered: number;
  total: number;
  step?: number;
  steps: number;
}) {
  const t = useTranslations("scan");
  const percent = total === 0 ? 0 : Math.round((answered / total) * 100);
  return (
    <div className="space-y-1.5">
      <div className="flex flex-wrap justify-between gap-2 text-sm text-stone-700">
        <span>{step ? t("stepOf", { step, steps }) : t("review")}</span>
        <span>{t("answeredOf", { answered, total })}</span>
      </div>
      <div
        role="progressbar"
        aria-label={t("progressLabel")}
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={answered}
        aria-valuetext={t("answeredOf", { answered, total })}
        className="h-2.5 overflow-hidden rounded-full bg-stone-200"
      >
        <div className="h-full rounded-full bg-brand-600 transition-[width]" style={{ width: `${percent}%` }} />
      </div>
    </div>
  );
}
