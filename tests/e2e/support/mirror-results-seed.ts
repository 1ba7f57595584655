import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { aggregateRound } from "@/lib/aggregation/aggregate-round";
import { mirrorQuestionnaireSchema } from "@/lib/questionnaire/mirror-schema";
import { questionnaireSchema } from "@/lib/questionnaire/schema";
import { type SqlValue, testDatabase } from "@/tests/e2e/support/test-database";

// A closed round and a closed customer mirror paired with it, written straight into the web server's database
// (the customers' side and closing are other tests' work). Inside: every respondent scores processes 80 and
// culture 40; customers answer processes "rarely" (25) and everything else "often" (75): a blind spot in
// processes (+55) and a hidden strength in culture (−35).

const id = (prefix: string) => `${prefix}${randomBytes(10).toString("hex")}`;
const token = () => randomBytes(24).toString("base64url");

export const OPEN_ANSWERS = [
  "Bel me terug als het later wordt",
  "Sneller antwoord op mails",
  "Een vaste contactpersoon",
];
/** NPS answers: 3 promoters, 1 passive, 2 detractors → 16.7. */
const NPS = [10, 9, 9, 8, 6, 3];
const MARKS = [8, 8, 9, 7, 5, 4];

// Playwright cannot import the registry's JSON modules: the files are read and parsed as the registry does.
const readJson = (relative: string): unknown =>
  JSON.parse(readFileSync(fileURLToPath(new URL(`../../../${relative}`, import.meta.url)), "utf8"));

const readQuestionnaires = () => {
  const mirror = mirrorQuestionnaireSchema.parse(readJson("questionnaires/klantkompas-mirror.v1.json"));
  const paired = questionnaireSchema.parse(
    readJson(`questionnaires/${mirror.pairsWith.id}.v${mirror.pairsWith.version}.json`),
  );
  return { mirror, paired };
};

/**
 * A closed round of six respondents of the paired full scan, as closing writes it (snapshot, aggregate and the
 * per-domain means): processes 80, culture 40, every other domain 50. With a client, it is that client's round.
 */
function closedRoundStatements(options: { organisation: string; clientId?: string; scanId: string }) {
  const { paired } = readQuestionnaires();
  const scores: Record<string, number> = { processes: 80, culture: 40 };
  const domainScores = paired.domains.map((d) => ({ domainId: d.id, score: scores[d.id] ?? 50 }));
  const answers = Object.fromEntries(paired.items.map((i) => [i.id, 4]));
  const responses = Array.from({ length: 6 }, () => ({ role: "employee", team: null, domainScores, answers }));
  const aggregate = aggregateRound({
    questionnaire: paired,
    responses,
    minGroupSize: 5,
    roleOrder: ["board", "manager", "employee"],
    teamOrder: [],
  });
  const now = new Date();
  const statements: Array<{ sql: string; params: SqlValue[] }> = [
    {
      sql: `INSERT INTO "Scan" ("id", "kind", "questionnaireId", "questionnaireVersion", "organisationName", "series",
              "status", "closedAt", "resultsToken", "organiserToken", "submittedAt", "overallScore", "minGroupSize",
              "respondentCount", "aggregate", "clientId", "createdAt", "updatedAt")
            VALUES (?, 'team', ?, ?, ?, ?, 'closed', ?, ?, ?, ?, ?, 5, 6, ?, ?, ?, ?)`,
      params: [
        options.scanId,
        paired.id,
        paired.version,
        options.organisation,
        `team:${paired.id}`,
        now,
        token(),
        token(),
        now,
        aggregate.overall.score,
        JSON.stringify(aggregate),
        options.clientId ?? null,
        now,
        now,
      ],
    },
    ...aggregate.domains.map((d) => ({
      sql: `INSERT INTO "ScanDomainScore" ("scanId", "domainId", "score", "level", "answered", "total", "respondents")
            VALUES (?, ?, ?, NULL, 6, 6, 6)`,
      params: [options.scanId, d.domainId, d.score] as SqlValue[],
    })),
  ];
  return statements;
}

/** A client's closed round (see closedRoundStatements), for journeys that open a mirror through the pages. */
export async function seedClosedClientRound(options: { organisation: string; clientId: string }): Promise<string> {
  const scanId = id("e2emirrorscan");
  await testDatabase().transaction(closedRoundStatements({ ...options, scanId }));
  return scanId;
}

export async function seedClosedRoundWithMirror(organisation: string) {
  const { mirror, paired } = readQuestionnaires();
  const now = new Date();
  const scanId = id("e2emirrorscan");
  const mirrorId = id("e2emirror");
  const organiserToken = token();
  const resultsToken = token();
  const statements: Array<{ sql: string; params: SqlValue[] }> = [
    ...closedRoundStatements({ organisation, scanId }),
    {
      sql: `INSERT INTO "Mirror" ("id", "questionnaireId", "questionnaireVersion", "organisationName", "pairedScanId",
              "audience", "segments", "askNps", "askMark", "askOpen", "locale", "minGroupSize", "status", "closedAt",
              "organiserToken", "publicToken", "kioskToken", "resultsToken", "createdAt", "updatedAt")
            VALUES (?, ?, ?, ?, ?, 'external', '', TRUE, TRUE, TRUE, 'nl', 5, 'closed', ?, ?, ?, ?, ?, ?, ?)`,
      params: [
        mirrorId,
        mirror.id,
        mirror.version,
        organisation,
        scanId,
        now,
        organiserToken,
        token(),
        token(),
        resultsToken,
        now,
        now,
      ],
    },
  ];
  NPS.forEach((nps, index) => {
    const responseId = id("e2emirrorresp");
    statements.push({
      sql: `INSERT INTO "MirrorResponse" ("id", "mirrorId", "source", "segment", "locale", "nps", "mark", "comment")
            VALUES (?, ?, ?, NULL, 'nl', ?, ?, ?)`,
      params: [
        responseId,
        mirrorId,
        index === 0 ? "kiosk" : "public",
        nps,
        MARKS[index] ?? 7,
        OPEN_ANSWERS[index] ?? null,
      ],
    });
    for (const item of mirror.items)
      statements.push({
        sql: `INSERT INTO "MirrorAnswer" ("responseId", "itemId", "value", "nonAnswer") VALUES (?, ?, ?, NULL)`,
        params: [responseId, item.id, item.domain === "processes" ? 2 : 4],
      });
  });
  await testDatabase().transaction(statements);
  return { organiserToken, resultsToken, mirror, paired };
}
