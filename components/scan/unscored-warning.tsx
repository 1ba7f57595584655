import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import type { Locale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";
import type { Questionnaire } from "@/lib/questionnaire/schema";
import type { ScoreResult } from "@/lib/scoring";

/** Before submitting: the domains that would get no score with the answers so far, each linked to its page. */
export async function UnscoredWarning({
  token,
  questionnaire,
  result,
  locale,
}: {
  token: string;
  questionnaire: Questionnaire;
  result: ScoreResult;
  locale: Locale;
}) {
  const unscored = result.domains.flatMap((d) => {
    const index = questionnaire.domains.findIndex((domain) => domain.id === d.domainId);
    const domain = questionnaire.domains[index];
    return d.status === "scored" || !domain ? [] : [{ result: d, domain, step: index + 1 }];
  });
  if (unscored.length === 0) return null;
  const t = await getTranslations("measurement.review");
  const noOverall = result.overall.scoredDomains < result.overall.requiredDomains;
  return (
    <Card
      as="section"
      aria-labelledby="unscored-title"
      data-testid="unscored-warning"
      tone="notice"
      padding="sm"
      className="space-y-3 text-amber-950"
    >
      <h2 id="unscored-title" className="text-lg font-semibold">
        {t("unscoredTitle")}
      </h2>
      <p>{t("unscoredLead")}</p>
      <ul className="list-disc space-y-1 pl-5">
        {unscored.map(({ result: d, domain, step }) => (
          <li key={domain.id}>
            <Link href={`/scan/${token}/${step}`} className="font-semibold text-brand-900 underline underline-offset-2">
              {localized(domain.name, locale)}
            </Link>
            {": "}
            {t("domainNeeds", {
              answered: d.answered,
              needed: Math.ceil(questionnaire.minAnsweredShare * d.total),
            })}
          </li>
        ))}
      </ul>
      {noOverall && (
        <p className="font-medium">
          {t("overallWarning", { required: result.overall.requiredDomains, total: questionnaire.domains.length })}
        </p>
      )}
    </Card>
  );
}
