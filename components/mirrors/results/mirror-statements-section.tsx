import { getTranslations } from "next-intl/server";
import { DistributionLine, type DistributionPart } from "@/components/mirrors/results/distribution-line";
import { Card } from "@/components/ui/card";
import { Disclosure } from "@/components/ui/disclosure";
import { displayLabels } from "@/lib/display/labels";
import { formatScore } from "@/lib/display/score";
import type { Locale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";
import type { MirrorResults } from "@/lib/server/mirrors/load-mirror-results";

/**
 * Per mirrored statement: the customers' statement and the internal statements it mirrors side by side, each
 * with its distribution where it is published ("too few answers to show" otherwise). Inside distributions come
 * only from what the round's aggregate already publishes.
 */
export async function MirrorStatementsSection({ results, locale }: { results: MirrorResults; locale: Locale }) {
  const t = await getTranslations("mirrorResults.statements");
  const { aggregate, questionnaire, paired, insideStatements } = results;
  if (!aggregate?.shown) return null;
  const { domainName } = displayLabels(paired, locale);
  const customerParts = (points: number[], dk: number, na: number): DistributionPart[] => [
    ...questionnaire.scale.points.map((p, i) => ({
      label: localized(p.label, locale),
      count: points[i] ?? 0,
      kind: "point" as const,
      value: p.value,
    })),
    { label: t("dk"), count: dk, kind: "dontKnow", value: null },
    { label: t("na"), count: na, kind: "notApplicable", value: null },
  ];
  return (
    <section aria-labelledby="mirror-statements" className="print-break-before space-y-4">
      <h2 id="mirror-statements" className="text-xl font-semibold">
        {t("title")}
      </h2>
      <p className="text-stone-700">{t("lead")}</p>
      {results.paired.domains.map((domain) => {
        const statements = aggregate.statements.filter((s) => s.domainId === domain.id);
        if (statements.length === 0) return null;
        return (
          <Disclosure
            key={domain.id}
            summary={t("domainSummary", { domain: domainName(domain.id), count: statements.length })}
            testId={`mirror-statements-${domain.id}`}
          >
            <ul className="space-y-3">
              {statements.map((s) => {
                const item = questionnaire.items.find((i) => i.id === s.itemId);
                if (!item) return null;
                const dist = s.shown ? s.distribution : null;
                return (
                  <Card
                    as="li"
                    key={s.itemId}
                    padding="sm"
                    className="print-avoid-break space-y-3"
                    data-testid="mirror-statement"
                    data-item={s.itemId}
                  >
                    <div className="grid gap-4 md:grid-cols-2">
                      <div className="space-y-2">
                        <h3 className="text-sm font-semibold text-stone-600">{t("customer")}</h3>
                        <p className="font-medium">{localized(item.statement, locale)}</p>
                        {dist ? (
                          <>
                            <p className="text-sm text-stone-700">
                              {t("answers", { count: s.respondents })}
                              {s.score !== null && ` · ${t("score", { score: formatScore(s.score) })}`}
                            </p>
                            <DistributionLine
                              parts={customerParts(dist.points, dist.dk, dist.na)}
                              total={dist.points.reduce((a, b) => a + b, 0) + dist.dk + dist.na}
                            />
                          </>
                        ) : (
                          <p className="text-sm text-stone-600">{t("tooFew")}</p>
                        )}
                      </div>
                      <div className="space-y-3">
                        <h3 className="text-sm font-semibold text-stone-600">{t("internal")}</h3>
                        {(insideStatements[s.itemId] ?? []).map(({ itemId, distribution }) => {
                          const internal = paired.items.find((i) => i.id === itemId);
                          return (
                            <div key={itemId} className="space-y-2" data-testid="internal-statement">
                              <p>{internal ? localized(internal.statement, locale) : itemId}</p>
                              {distribution?.shown ? (
                                <>
                                  <p className="text-sm text-stone-700">
                                    {t("answers", { count: distribution.scaleAnswers ?? 0 })}
                                  </p>
                                  <DistributionLine
                                    total={distribution.respondents ?? 0}
                                    parts={[
                                      ...distribution.counts.map(({ value, count }) => ({
                                        label: localized(
                                          paired.scale.points.find((p) => p.value === value)?.label ?? {
                                            nl: String(value),
                                            en: String(value),
                                          },
                                          locale,
                                        ),
                                        count,
                                        kind: "point" as const,
                                        value,
                                      })),
                                      {
                                        label: t("dk"),
                                        count: distribution.dontKnow ?? 0,
                                        kind: "dontKnow",
                                        value: null,
                                      },
                                      {
                                        label: t("na"),
                                        count: distribution.notApplicable ?? 0,
                                        kind: "notApplicable",
                                        value: null,
                                      },
                                      {
                                        label: t("unanswered"),
                                        count: distribution.unanswered ?? 0,
                                        kind: "unanswered",
                                        value: null,
                                      },
                                    ]}
                                  />
                                </>
                              ) : (
                                <p className="text-sm text-stone-600">
                                  {results.inside.available && results.inside.kind !== "self"
                                    ? t("tooFew")
                                    : t("noInside")}
                                </p>
                              )}
                            </div>
                          );
                        })}
                      </div>
                    </div>
                  </Card>
                );
              })}
            </ul>
          </Disclosure>
        );
      })}
    </section>
  );
}
