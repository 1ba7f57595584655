import type { RoundAggregate, RoundDomain } from "@/lib/aggregation";
import type { ExportTable } from "@/lib/exports/types";
import { localized } from "@/lib/i18n/localized";
import type { Locale, Questionnaire } from "@/lib/questionnaire/schema";

export const ROUND_EXPORT_KINDS = ["domains", "items"] as const;

type Scope = { scope: "round" | "role" | "team"; group: string | null };

/** The round, then every shown role and team: hidden groups are left out entirely, as on the results page. */
function shownScopes(aggregate: RoundAggregate) {
  return [
    ...(aggregate.shown
      ? [{ scope: "round" as const, group: null, domains: aggregate.domains, items: aggregate.items }]
      : []),
    ...aggregate.groups
      .filter((g) => g.shown)
      .map((g) => ({ scope: g.by, group: g.key, domains: g.domains, items: g.items })),
  ];
}

/**
 * A round's aggregate as rows: per shown group and domain its mean and (for the whole round) spread and
 * consensus; never a respondent's answers, and nothing of a group the results page hides.
 */
export function buildRoundDomainRows(aggregate: RoundAggregate): ExportTable {
  const columns = ["scope", "group", "domain_id", "respondents", "score", "level", "q1", "q3", "consensus"];
  const rows = shownScopes(aggregate).flatMap(({ scope, group, domains }) =>
    domains
      .filter((d) => d.shown)
      .map((d) => {
        // Spread and consensus exist for the whole round's domains (RoundDomain), not for a group's.
        const round = d as Partial<RoundDomain>;
        const spread = round.spread ?? null;
        return {
          scope,
          group,
          domain_id: d.domainId,
          respondents: d.respondents,
          score: d.score,
          level: d.level,
          q1: spread?.q1 ?? null,
          q3: spread?.q3 ?? null,
          consensus: round.consensus ?? null,
        };
      }),
  );
  return { columns, rows };
}

/**
 * Per shown group and statement whose distribution is shown, how many gave each answer (don't know and not
 * applicable apart). A statement below the distribution minimum (or hidden by the subtraction rule) has no row.
 */
export function buildRoundItemRows(
  aggregate: RoundAggregate,
  { questionnaire, locale }: { questionnaire: Questionnaire; locale: Locale },
): ExportTable {
  const points = questionnaire.scale.points.map((p) => p.value);
  const statements = new Map(questionnaire.items.map((item) => [item.id, localized(item.statement, locale)]));
  const columns = [
    "scope",
    "group",
    "item_id",
    "domain_id",
    "statement",
    "respondents",
    ...points.map((p) => `answer_${p}`),
    "dont_know",
    "not_applicable",
    "unanswered",
    "divergence",
  ];
  const rows = shownScopes(aggregate).flatMap(({ scope, group, items }: Scope & { items: RoundAggregate["items"] }) =>
    items
      .filter((item) => item.shown)
      .map((item) => {
        const row: Record<string, string | number | null> = {
          scope,
          group,
          item_id: item.itemId,
          domain_id: item.domainId,
          statement: statements.get(item.itemId) ?? null,
          respondents: item.respondents,
        };
        for (const p of points) row[`answer_${p}`] = item.counts.find((c) => c.value === p)?.count ?? 0;
        row.dont_know = item.dontKnow;
        row.not_applicable = item.notApplicable;
        row.unanswered = item.unanswered;
        row.divergence = item.divergence;
        return row;
      }),
  );
  return { columns, rows };
}
