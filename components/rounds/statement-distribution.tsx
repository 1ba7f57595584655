import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { DistributionBar, SegmentSwatch, segmentStyle } from "@/components/rounds/distribution-bar";
import { StatementSort } from "@/components/rounds/statement-sort";
import { Disclosure } from "@/components/ui/disclosure";
import type { ItemDistribution, RoundAggregate } from "@/lib/aggregation";
import { distributionSegments, type StatementOrder, statementsByDomain } from "@/lib/aggregation/statement-order";
import type { Locale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";
import type { Questionnaire } from "@/lib/questionnaire/schema";

/**
 * Per statement, grouped by domain: a stacked bar of the answers over the scale points, with "don't know"
 * and "not applicable" apart, a visually hidden table of the same counts, and the divergence; sortable
 * most divided first. A statement below the distribution minimum shows only its text and "too few answers to
 * show how they were spread" — no bar, no count, nothing in the props of the client sort control. `items` defaults to the round's (pass a shown group's items for that group).
 */
export async function StatementDistribution({
  questionnaire,
  aggregate,
  items = aggregate.items,
  locale,
}: {
  questionnaire: Questionnaire;
  aggregate: RoundAggregate;
  items?: ItemDistribution[];
  locale: Locale;
}) {
  if (!aggregate.shown) return null;
  const [t, ts] = await Promise.all([getTranslations("rounds.statements"), getTranslations("resultsSummary")]);
  const points = questionnaire.scale.points;
  const pointLabel = (value: number | null) => {
    const point = points.find((p) => p.value === value);
    return point ? localized(point.label, locale) : String(value);
  };
  // v1's "na" is "don't know or n.a."; the questionnaire's own label says so where it has one.
  const naLabel = questionnaire.scale.notApplicable
    ? localized(questionnaire.scale.notApplicable.label, locale)
    : t("notApplicable");
  const segmentLabel = (kind: string, value: number | null) =>
    kind === "point"
      ? pointLabel(value)
      : kind === "dontKnow"
        ? t("dontKnow")
        : kind === "notApplicable"
          ? naLabel
          : t("unanswered");

  const domainIds = questionnaire.domains.map((d) => d.id);
  const orders = Object.fromEntries(
    (["questionnaire", "divided"] as const).map((order) => [
      order,
      statementsByDomain({ domainIds, items, order }).map((g) => ({
        domainId: g.domainId,
        itemIds: g.items.map((i) => i.itemId),
      })),
    ]),
  ) as Record<StatementOrder, Array<{ domainId: string; itemIds: string[] }>>;

  const headings: Record<string, ReactNode> = {};
  for (const domain of questionnaire.domains)
    headings[domain.id] = (
      <h3 className="text-lg font-semibold print:break-after-avoid">{localized(domain.name, locale)}</h3>
    );

  const rows: Record<string, ReactNode> = {};
  for (const item of items) {
    const definition = questionnaire.items.find((i) => i.id === item.itemId);
    const statement = definition ? localized(definition.statement, locale) : item.itemId;
    if (!item.shown) {
      // Below the distribution minimum: the statement, and not a single number about it.
      rows[item.itemId] = (
        <div className="space-y-1.5">
          <p className="text-stone-900">{statement}</p>
          <p className="text-sm text-stone-600">{t("tooFew")}</p>
        </div>
      );
      continue;
    }
    const segments = distributionSegments(item);
    rows[item.itemId] = (
      <div className="space-y-1.5">
        <p className="text-stone-900">{statement}</p>
        <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
          <div className="min-w-0 flex-1 basis-56">
            <DistributionBar segments={segments} points={points.length} />
          </div>
          <p className="text-xs text-stone-600 tabular-nums">
            {item.divergence === null ? t("divergenceNone") : t("divergence", { value: Math.round(item.divergence) })}
          </p>
        </div>
        {/* A table ignores sr-only's 1px width; the wrapper clips it. */}
        <div className="sr-only">
          <table>
            <caption>{t("tableCaption", { statement })}</caption>
            <thead>
              <tr>
                <th scope="col">{t("answer")}</th>
                <th scope="col">{t("count")}</th>
              </tr>
            </thead>
            <tbody>
              {segments
                .filter((s) => s.kind !== "unanswered" || s.count > 0)
                .map((s) => (
                  <tr key={`${s.kind}-${s.value ?? ""}`}>
                    <th scope="row">{segmentLabel(s.kind, s.value)}</th>
                    <td>{s.count}</td>
                  </tr>
                ))}
            </tbody>
          </table>
        </div>
      </div>
    );
  }

  const firstShown = items.find((item) => item.shown);
  const sample = firstShown ? distributionSegments(firstShown) : [];
  let pointIndex = 0;
  const legend = sample
    .filter((s) => s.kind !== "unanswered")
    .map((s) => {
      const index = s.kind === "point" ? pointIndex++ : 0;
      return {
        key: `${s.kind}-${s.value ?? ""}`,
        label: segmentLabel(s.kind, s.value),
        style: segmentStyle(s, index, points.length),
      };
    });

  return (
    <section aria-labelledby="round-statements" className="print-break-before space-y-5">
      <div className="space-y-1">
        <h2 id="round-statements" className="text-xl font-semibold">
          {t("title")}
        </h2>
        <p className="text-stone-700">{t("lead")}</p>
      </div>
      {items.length === 0 ? (
        <p className="text-stone-600">{t("empty")}</p>
      ) : (
        <Disclosure summary={ts("showStatements", { count: items.length })} testId="statements-disclosure">
          <div className="mb-5 space-y-1">
            <p className="text-sm text-stone-600">{t("divergenceHelp")}</p>
            <p className="text-sm text-stone-600">{t("hiddenNote", { min: aggregate.minDistribution })}</p>
          </div>
          {legend.length > 0 && (
            <div className="print-avoid-break mb-5 rounded-lg border border-stone-200 bg-white p-3" aria-hidden="true">
              <p className="text-xs font-semibold uppercase tracking-wide text-stone-600">{t("legendTitle")}</p>
              <ul className="mt-1.5 flex flex-wrap gap-x-4 gap-y-1.5 text-sm text-stone-700">
                {legend.map((entry) => (
                  <li key={entry.key} className="flex items-center gap-1.5">
                    <SegmentSwatch style={entry.style} />
                    {entry.label}
                  </li>
                ))}
              </ul>
            </div>
          )}
          <StatementSort
            labels={{ legend: t("orderLabel"), questionnaire: t("orderQuestionnaire"), divided: t("orderDivided") }}
            orders={orders}
            headings={headings}
            rows={rows}
          />
        </Disclosure>
      )}
    </section>
  );
}
