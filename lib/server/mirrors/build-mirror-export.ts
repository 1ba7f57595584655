import "server-only";
import type { ExportTable } from "@/lib/exports/types";
import type { MirrorDomain, MirrorMark, MirrorNps } from "@/lib/mirror/types";
import type { MirrorResults } from "@/lib/server/mirrors/load-mirror-results";

type Cell = string | number | boolean | null;

/** The long CSV layout: one figure per row, so every part (domains, statements, NPS, segments) fits one sheet. */
export const MIRROR_EXPORT_COLUMNS = ["section", "segment", "domain_id", "item_id", "measure", "value"] as const;

type Row = Record<(typeof MIRROR_EXPORT_COLUMNS)[number], Cell>;

function row(section: string, measure: string, value: Cell, where: Partial<Row> = {}): Row {
  return { section, segment: null, domain_id: null, item_id: null, measure, value, ...where };
}

function domainRows(domains: readonly MirrorDomain[], segment: string | null): Row[] {
  return domains.flatMap((d) => {
    const at = { segment, domain_id: d.domainId };
    const section = segment ? "segment-domain" : "domain";
    if (!d.shown) return [row(section, "shown", false, at)];
    return [
      row(section, "outside", d.score, at),
      row(section, "outside_respondents", d.respondents, at),
      ...(segment
        ? []
        : [
            row(section, "inside", d.inside, at),
            row(section, "inside_respondents", d.insideRespondents, at),
            row(section, "gap", d.gap, at),
            row(section, "label", d.label, at),
            row(section, "limited_visibility", d.limitedVisibility, at),
          ]),
    ];
  });
}

function npsRows(nps: MirrorNps | null, segment: string | null): Row[] {
  if (!nps || nps.score === null) return [];
  const section = segment ? "segment-nps" : "nps";
  return (["score", "margin90", "respondents", "promoters", "passives", "detractors"] as const).map((key) =>
    row(section, key, nps[key], { segment }),
  );
}

function markRows(mark: MirrorMark | null, segment: string | null): Row[] {
  if (!mark || mark.mean === null) return [];
  const section = segment ? "segment-mark" : "mark";
  return [
    row(section, "mean", mark.mean, { segment }),
    row(section, "respondents", mark.respondents, { segment }),
    ...(mark.distribution ?? []).map((count, index) => row(section, `count_${index + 1}`, count, { segment })),
  ];
}

/**
 * The mirror's aggregates as one long table: per domain (inside, outside, gap, label), per statement (mean and
 * distribution where shown), NPS, mark and segments where shown; with `openAnswers`, those last, shuffled and
 * with nothing attached. Never a customer's answers; nothing when the mirror is below the minimum.
 */
export function buildMirrorExportTable(results: MirrorResults, openAnswers: readonly string[] | null): ExportTable {
  const aggregate = results.aggregate;
  const rows: Row[] = [row("mirror", "respondents", aggregate?.respondents ?? results.counts.total)];
  if (aggregate?.shown) {
    rows.push(...domainRows(aggregate.domains, null));
    for (const s of aggregate.statements) {
      const at = { domain_id: s.domainId, item_id: s.itemId };
      if (!s.shown || !s.distribution) {
        rows.push(row("statement", "shown", false, at));
        continue;
      }
      rows.push(row("statement", "score", s.score, at), row("statement", "respondents", s.respondents, at));
      results.questionnaire.scale.points.forEach((p, i) => {
        rows.push(row("statement", `count_${p.value}`, s.distribution?.points[i] ?? 0, at));
      });
      rows.push(
        row("statement", "count_dk", s.distribution.dk, at),
        row("statement", "count_na", s.distribution.na, at),
      );
    }
    rows.push(...npsRows(aggregate.nps, null), ...markRows(aggregate.mark, null));
    for (const g of aggregate.groups) {
      if (!g.shown) {
        rows.push(row("segment", "shown", false, { segment: g.key }));
        continue;
      }
      rows.push(row("segment", "respondents", g.respondents, { segment: g.key }));
      rows.push(...domainRows(g.domains ?? [], g.key), ...npsRows(g.nps, g.key), ...markRows(g.mark, g.key));
    }
    for (const answer of openAnswers ?? []) rows.push(row("open-answer", "text", answer));
  }
  return { columns: MIRROR_EXPORT_COLUMNS, rows };
}

/** The same figures as JSON: the aggregate as published (hidden parts carry no figures) and the open answers. */
export function buildMirrorExportJson(results: MirrorResults, openAnswers: readonly string[] | null) {
  const { mirror, aggregate, inside } = results;
  return {
    organisation: mirror.organisationName,
    team: mirror.team,
    audience: mirror.audience,
    questionnaire_id: results.questionnaire.id,
    questionnaire_version: results.questionnaire.version,
    closed_at: mirror.closedAt?.toISOString() ?? null,
    respondents: aggregate?.respondents ?? results.counts.total,
    min_group_size: mirror.minGroupSize,
    shown: aggregate?.shown ?? false,
    inside: inside.available
      ? { kind: inside.kind, respondents: inside.respondents }
      : { kind: inside.kind, unavailable: inside.reason },
    domains: aggregate?.shown ? aggregate.domains : [],
    statements: aggregate?.shown ? aggregate.statements : [],
    nps: aggregate?.shown ? aggregate.nps : null,
    mark: aggregate?.shown ? aggregate.mark : null,
    segments: aggregate?.shown
      ? aggregate.groups.map((g) =>
          g.shown ? g : { by: g.by, key: g.key, shown: false, domains: null, nps: null, mark: null },
        )
      : [],
    open_answers: aggregate?.shown ? [...(openAnswers ?? [])] : [],
  };
}
