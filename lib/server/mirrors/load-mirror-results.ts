import "server-only";
import { randomInt } from "node:crypto";
import { cache } from "react";
import { type RoundAggregate, readAggregate } from "@/lib/aggregation";
import type { ItemDistribution } from "@/lib/aggregation/item-distribution";
import { aggregateMirror } from "@/lib/mirror/aggregate-mirror";
import { rankDomainsForMirror } from "@/lib/mirror/rank-plan";
import type { MirrorAggregate, MirrorCustomer, MirrorInside } from "@/lib/mirror/types";
import { getMirrorQuestionnaire } from "@/lib/questionnaire/mirror-registry";
import type { MirrorQuestionnaire } from "@/lib/questionnaire/mirror-schema";
import { getQuestionnaire } from "@/lib/questionnaire/registry";
import type { Questionnaire, Recommendation } from "@/lib/questionnaire/schema";
import { isRoundClosed } from "@/lib/scan-rules/round-status";
import { levelForScore } from "@/lib/scoring/level-for-score";
import { db } from "@/lib/server/db/db";
import { closeMirror } from "@/lib/server/mirrors/close-mirror";

/** Where the inside view comes from, or why there is none. */
export type MirrorInsideView =
  | {
      available: true;
      /** "self": one person's view (a self-scan); "round": a round's means; "team": one team of a round. */
      kind: "self" | "round" | "team";
      /** The round's or team's respondents (1 for a self-scan). */
      respondents: number;
      domains: MirrorInside["domains"];
    }
  | {
      available: false;
      kind: "self" | "round" | "team";
      /** not-submitted: the paired scan or round has no result yet; hidden: too few to show; team-hidden: the
       * mirror's team is not shown on its own in the round. */
      reason: "not-submitted" | "hidden" | "team-hidden";
    };

export type MirrorStatementInside = {
  itemId: string;
  /** The internal statement's published distribution in the round (or team); null when not published. */
  distribution: ItemDistribution | null;
};

export type MirrorPlanDomain = {
  domainId: string;
  reason: "blind-spot" | "other";
  recommendations: Recommendation[];
};

export type MirrorResults = {
  mirror: {
    id: string;
    organisationName: string;
    team: string | null;
    audience: "external" | "internal";
    segments: string;
    closed: boolean;
    closesAt: Date | null;
    closedAt: Date | null;
    createdAt: Date;
    minGroupSize: number;
    askNps: boolean;
    askMark: boolean;
    askOpen: boolean;
    resultsToken: string;
  };
  /** Responses so far, per way in (counts only). */
  counts: { total: number; public: number; personal: number; kiosk: number };
  questionnaire: MirrorQuestionnaire;
  /** The paired full scan's questionnaire: the internal statements, domain names and recommendations. */
  paired: Questionnaire;
  /** Null while the mirror is open: like a round, a mirror publishes only after it closes. */
  aggregate: MirrorAggregate | null;
  inside: MirrorInsideView;
  /** Per mirror statement (questionnaire order), the internal statements it mirrors with their distributions. */
  insideStatements: Record<string, MirrorStatementInside[]>;
  /** The action plan re-ranked: blind spots first (with the reason), then the other domains. */
  plan: MirrorPlanDomain[];
  /** The organiser's only: the open answers, shuffled on each load, with nothing attached. Null on a shared link. */
  openAnswers: string[] | null;
};

const MIRROR_FIELDS = {
  id: true,
  questionnaireId: true,
  questionnaireVersion: true,
  organisationName: true,
  pairedScanId: true,
  team: true,
  audience: true,
  segments: true,
  askNps: true,
  askMark: true,
  askOpen: true,
  minGroupSize: true,
  status: true,
  closesAt: true,
  closedAt: true,
  createdAt: true,
  resultsToken: true,
} as const;

/** Fisher–Yates with a cryptographic source: a new order on each load, so the order says nothing. */
export function shuffled<T>(items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

async function insideOf(
  pairedScanId: string,
  team: string | null,
): Promise<{ view: MirrorInsideView; aggregate: RoundAggregate | null }> {
  const scan = await db.scan.findUnique({
    where: { id: pairedScanId },
    select: {
      kind: true,
      status: true,
      closesAt: true,
      submittedAt: true,
      aggregate: true,
      domainScores: { select: { domainId: true, score: true, respondents: true } },
    },
  });
  const kind = scan?.kind === "team" ? (team ? "team" : "round") : "self";
  if (!scan?.submittedAt) return { view: { available: false, kind, reason: "not-submitted" }, aggregate: null };
  if (scan.kind !== "team") {
    return {
      view: {
        available: true,
        kind: "self",
        respondents: 1,
        domains: scan.domainScores.map((d) => ({ domainId: d.domainId, score: d.score, respondents: 1 })),
      },
      aggregate: null,
    };
  }
  if (!scan.aggregate) return { view: { available: false, kind, reason: "not-submitted" }, aggregate: null };
  const round = readAggregate(JSON.parse(scan.aggregate));
  if (!round.shown || round.respondents === null)
    return { view: { available: false, kind, reason: "hidden" }, aggregate: null };
  if (!team) {
    return {
      view: {
        available: true,
        kind: "round",
        respondents: round.respondents,
        domains: round.domains.map((d) => ({
          domainId: d.domainId,
          score: d.shown ? d.score : null,
          respondents: d.respondents ?? 0,
        })),
      },
      aggregate: round,
    };
  }
  // Only a team shown on its own: a merged group ("Sales + Service") is not this team's view.
  const group = round.groups.find(
    (g) => g.by === "team" && g.shown && g.members.length === 1 && g.members[0] === team && g.respondents !== null,
  );
  if (!group || group.respondents === null)
    return { view: { available: false, kind: "team", reason: "team-hidden" }, aggregate: null };
  return {
    view: {
      available: true,
      kind: "team",
      respondents: group.respondents,
      domains: group.domains.map((d) => ({
        domainId: d.domainId,
        score: d.shown ? d.score : null,
        respondents: d.respondents ?? 0,
      })),
    },
    aggregate: { ...round, items: group.items },
  };
}

/** Per mirror statement, the internal statements it mirrors with the distribution the round already publishes. */
function insideStatementsOf(
  questionnaire: MirrorQuestionnaire,
  round: RoundAggregate | null,
): Record<string, MirrorStatementInside[]> {
  const published = new Map((round?.items ?? []).filter((i) => i.shown).map((i) => [i.itemId, i]));
  return Object.fromEntries(
    questionnaire.items.map((item) => [
      item.id,
      item.mirrors.map((itemId) => ({ itemId, distribution: published.get(itemId) ?? null })),
    ]),
  );
}

/** The recommendations of a domain at its level: the inside level where known, else the outside score's. */
function planOf(
  paired: Questionnaire,
  aggregate: MirrorAggregate | null,
  inside: MirrorInsideView,
): MirrorPlanDomain[] {
  const domainIds = paired.domains.map((d) => d.id);
  const ranked = aggregate?.shown
    ? rankDomainsForMirror(domainIds, aggregate.domains)
    : domainIds.map((domainId) => ({ domainId, reason: "other" as const }));
  return ranked.flatMap(({ domainId, reason: why }) => {
    const reason = why === "blind-spot" ? ("blind-spot" as const) : ("other" as const);
    const domain = paired.domains.find((d) => d.id === domainId);
    if (!domain) return [];
    const insideScore = inside.available ? inside.domains.find((d) => d.domainId === domainId)?.score : null;
    const outside = aggregate?.domains.find((d) => d.domainId === domainId)?.score ?? null;
    const score = insideScore ?? outside;
    if (score === null || score === undefined) return [];
    const recommendations = domain.recommendations[levelForScore(paired.levels, score).id] ?? [];
    return recommendations.length > 0 ? [{ domainId, reason, recommendations }] : [];
  });
}

async function load(where: { organiserToken: string } | { resultsToken: string }): Promise<MirrorResults | null> {
  let row = await db.mirror.findUnique({ where, select: MIRROR_FIELDS });
  if (!row) return null;
  // Past its closing date but not yet closed by the background tick: close it first (addresses deleted, hand-ins
  // under way finished), so results never show while a customer can still hand in.
  if (row.status === "open" && isRoundClosed(row)) {
    await closeMirror({ mirrorId: row.id });
    row = await db.mirror.findUnique({ where, select: MIRROR_FIELDS });
    if (!row) return null;
  }
  const questionnaire = getMirrorQuestionnaire(row.questionnaireId, row.questionnaireVersion);
  const paired = questionnaire && getQuestionnaire(questionnaire.pairsWith.id, questionnaire.pairsWith.version);
  if (!questionnaire || !paired) return null;
  const organiser = "organiserToken" in where;
  const closed = row.status === "closed";
  const responses = await db.mirrorResponse.findMany({
    where: { mirrorId: row.id },
    select: {
      source: true,
      segment: true,
      nps: true,
      mark: true,
      comment: organiser,
      answers: { select: { itemId: true, value: true, nonAnswer: true } },
    },
  });
  const counts = { total: responses.length, public: 0, personal: 0, kiosk: 0 };
  for (const r of responses)
    if (r.source === "public" || r.source === "personal" || r.source === "kiosk") counts[r.source]++;
  const { view: inside, aggregate: round } = await insideOf(row.pairedScanId, row.team);
  const minGroupSize = Math.max(5, row.minGroupSize);
  const aggregate = closed
    ? aggregateMirror({
        questionnaire,
        customers: responses.map(
          (r): MirrorCustomer => ({
            segment: r.segment,
            nps: row.askNps ? r.nps : null,
            mark: row.askMark ? r.mark : null,
            answers: Object.fromEntries(
              r.answers.map((a) => [a.itemId, a.value ?? (a.nonAnswer === "dk" ? "dk" : "na")]),
            ),
          }),
        ),
        inside: inside.available ? { domains: inside.domains } : null,
        minGroupSize,
      })
    : null;
  const openAnswers =
    organiser && aggregate?.shown
      ? shuffled(
          responses.flatMap((r) => {
            const text = (r as { comment?: string | null }).comment?.trim();
            return text ? [text] : [];
          }),
        )
      : organiser
        ? []
        : null;
  return {
    mirror: {
      id: row.id,
      organisationName: row.organisationName,
      team: row.team,
      audience: row.audience === "internal" ? "internal" : "external",
      segments: row.segments,
      closed,
      closesAt: row.closesAt,
      closedAt: row.closedAt,
      createdAt: row.createdAt,
      minGroupSize,
      askNps: row.askNps,
      askMark: row.askMark,
      askOpen: row.askOpen,
      resultsToken: row.resultsToken,
    },
    counts,
    questionnaire,
    paired,
    aggregate,
    inside,
    insideStatements: insideStatementsOf(questionnaire, aggregate?.shown ? round : null),
    plan: planOf(paired, aggregate, inside),
    openAnswers,
  };
}

/**
 * A mirror's results (issue 19 §3): the facts, the aggregate (after close, like a round), the inside view from
 * the paired scan or round, the internal statements' published distributions, the re-ranked plan and — for the
 * organiser only — the open answers, shuffled, with no segment or date. The results link never gets them.
 */
export function loadMirrorResults(
  where: { organiserToken: string } | { resultsToken: string },
): Promise<MirrorResults | null> {
  return "organiserToken" in where ? byOrganiserToken(where.organiserToken) : byResultsToken(where.resultsToken);
}

// React's cache compares arguments by identity, so the cached functions take the token itself.
const byOrganiserToken = cache((organiserToken: string) => load({ organiserToken }));
const byResultsToken = cache((resultsToken: string) => load({ resultsToken }));
