import { aggregateRound } from "@/lib/aggregation/aggregate-round";
import type { RoundAnswerValue } from "@/lib/aggregation/types";
import { getLatestMirrorQuestionnaire } from "@/lib/questionnaire/mirror-registry";
import { getQuestionnaire } from "@/lib/questionnaire/registry";
import { createToken } from "@/lib/security/tokens";
import { db } from "@/lib/server/db/db";

// Local seed helpers for the mirror results tests (helper mirror-respond owns tests/factories/mirror.ts):
// a paired self-scan or closed round, a mirror and its customers, written straight into the database.

export function mirrorQuestionnaires() {
  const mirror = getLatestMirrorQuestionnaire();
  const paired = getQuestionnaire(mirror.pairsWith.id, mirror.pairsWith.version);
  if (!paired) throw new Error("the mirror's paired questionnaire is missing");
  return { mirror, paired };
}

/** A submitted self-scan with the given domain scores (others 50). */
export async function seedSelfScan(scores: Record<string, number>, clientId?: string) {
  const { paired } = mirrorQuestionnaires();
  return db.scan.create({
    data: {
      kind: "self",
      questionnaireId: paired.id,
      questionnaireVersion: paired.version,
      organisationName: "Spiegel BV",
      series: `self:${paired.id}:manager:`,
      status: "closed",
      closedAt: new Date(),
      submittedAt: new Date(),
      overallScore: 60,
      resultsToken: createToken(),
      respondentCount: 1,
      ...(clientId ? { clientId } : {}),
      domainScores: {
        create: paired.domains.map((d) => ({
          domainId: d.id,
          score: scores[d.id] ?? 50,
          level: null,
          answered: 5,
          total: 5,
          respondents: 1,
        })),
      },
    },
  });
}

/**
 * A closed round of `count` respondents (in `team` when given), each with the given domain scores and the
 * given answer on every item, its aggregate computed as closing a round does.
 */
export async function seedClosedRound({
  scores,
  count = 6,
  teams = [],
  answer = 4,
}: {
  scores: Record<string, number>;
  count?: number;
  /** One team per respondent group: [team, respondents]. */
  teams?: Array<[string, number]>;
  answer?: RoundAnswerValue;
}) {
  const { paired } = mirrorQuestionnaires();
  const domainScores = paired.domains.map((d) => ({ domainId: d.id, score: scores[d.id] ?? 50 }));
  const answers = Object.fromEntries(paired.items.map((i) => [i.id, answer]));
  const groups: Array<[string | null, number]> = teams.length > 0 ? teams : [[null, count]];
  const responses = groups.flatMap(([team, n]) =>
    Array.from({ length: n }, () => ({ role: "employee", team, domainScores, answers })),
  );
  const aggregate = aggregateRound({
    questionnaire: paired,
    responses,
    minGroupSize: 5,
    roleOrder: ["board", "manager", "employee"],
    teamOrder: teams.map(([team]) => team),
  });
  return db.scan.create({
    data: {
      kind: "team",
      questionnaireId: paired.id,
      questionnaireVersion: paired.version,
      organisationName: "Spiegel BV",
      series: `team:${paired.id}`,
      status: "closed",
      closedAt: new Date(),
      submittedAt: new Date(),
      minGroupSize: 5,
      teams: teams.map(([team]) => team).join("\n"),
      respondentCount: responses.length,
      overallScore: aggregate.overall.score,
      resultsToken: createToken(),
      organiserToken: createToken(),
      teamToken: createToken(),
      aggregate: JSON.stringify(aggregate),
    },
  });
}

export type SeedCustomer = {
  /** A scale answer per domain (every statement of that domain gets it); "dk" for don't know. */
  perDomain?: Record<string, number | "dk" | "na">;
  /** The answer to statements of domains not in perDomain. */
  otherwise?: number;
  nps?: number | null;
  mark?: number | null;
  comment?: string | null;
  segment?: string | null;
  source?: "public" | "personal" | "kiosk";
};

/** A mirror paired with `pairedScanId`, with the given customers' responses. */
export async function seedMirror({
  pairedScanId,
  customers,
  closed = true,
  team = null,
  clientId,
  segments = "",
  askOpen = true,
}: {
  pairedScanId: string;
  customers: SeedCustomer[];
  closed?: boolean;
  team?: string | null;
  clientId?: string;
  segments?: string;
  askOpen?: boolean;
}) {
  const { mirror: questionnaire } = mirrorQuestionnaires();
  const mirror = await db.mirror.create({
    data: {
      questionnaireId: questionnaire.id,
      questionnaireVersion: questionnaire.version,
      organisationName: "Spiegel BV",
      pairedScanId,
      team,
      segments,
      askOpen,
      status: closed ? "closed" : "open",
      closedAt: closed ? new Date() : null,
      organiserToken: createToken(),
      publicToken: createToken(),
      kioskToken: createToken(),
      resultsToken: createToken(),
      ...(clientId ? { clientId } : {}),
    },
  });
  for (const c of customers) {
    await db.mirrorResponse.create({
      data: {
        mirrorId: mirror.id,
        source: c.source ?? "public",
        segment: c.segment ?? null,
        locale: "nl",
        nps: c.nps ?? null,
        mark: c.mark ?? null,
        comment: c.comment ?? null,
        answers: {
          create: questionnaire.items.map((item) => {
            const value = c.perDomain?.[item.domain] ?? c.otherwise ?? 4;
            return typeof value === "number"
              ? { itemId: item.id, value }
              : { itemId: item.id, value: null, nonAnswer: value };
          }),
        },
      },
    });
  }
  return mirror;
}
