import { createHash, randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { testDatabase } from "@/tests/e2e/support/test-database";

// Customer mirrors for browser tests, written straight into the web server's database (the organiser's forms are
// another helper's pages): a closed team round as the paired scan, the mirror with its tokens in plaintext as they
// are stored, and personal invites whose tokens are returned while only their sha-256 is stored.
// tests/factories/mirror.ts does the same through Prisma for integration tests.

const token = () => randomBytes(24).toString("base64url");
const id = (prefix: string) => `${prefix}${randomBytes(10).toString("hex")}`;

export type MirrorStatement = { id: string; domain: string; statement: { nl: string; en: string } };
export type MirrorQuestionnaireFile = {
  id: string;
  version: number;
  items: MirrorStatement[];
  scale: { points: { value: number; label: { nl: string; en: string } }[] };
  appreciation: Record<"nps" | "mark" | "open", { question: { nl: string; en: string } }>;
};

/** The shipped mirror questionnaire (Playwright loads no JSON modules). */
export function readMirrorQuestionnaire(version = 1): MirrorQuestionnaireFile {
  return JSON.parse(
    readFileSync(`questionnaires/klantkompas-mirror.v${version}.json`, "utf8"),
  ) as MirrorQuestionnaireFile;
}

export type E2eMirrorOptions = {
  organisationName: string;
  team?: string | null;
  audience?: "external" | "internal";
  segments?: string;
  askNps?: boolean;
  askMark?: boolean;
  askOpen?: boolean;
  invites?: { address?: string | null; segment?: string | null }[];
};

export type E2eMirror = {
  id: string;
  publicToken: string;
  kioskToken: string;
  organiserToken: string;
  resultsToken: string;
  inviteTokens: string[];
};

const bool = (value: boolean) => (value ? "TRUE" : "FALSE");

/** Creates a closed team round and a mirror paired with it (and its invites). */
export async function createE2eMirror(options: E2eMirrorOptions): Promise<E2eMirror> {
  const questionnaire = readMirrorQuestionnaire();
  const now = new Date();
  const scanId = id("e2escan");
  const mirror: E2eMirror = {
    id: id("e2emirror"),
    publicToken: token(),
    kioskToken: token(),
    organiserToken: token(),
    resultsToken: token(),
    inviteTokens: [],
  };
  const invites = (options.invites ?? []).map((invite) => {
    const plain = token();
    mirror.inviteTokens.push(plain);
    return {
      sql: `INSERT INTO "MirrorInvite" ("id", "mirrorId", "address", "tokenHash", "segment", "createdAt")
            VALUES (?, ?, ?, ?, ?, ?)`,
      params: [
        id("e2einvite"),
        mirror.id,
        invite.address ?? null,
        createHash("sha256").update(plain).digest("hex"),
        invite.segment ?? null,
        now,
      ],
    };
  });
  await testDatabase().transaction([
    {
      sql: `INSERT INTO "Scan" ("id", "kind", "questionnaireId", "questionnaireVersion", "organisationName", "series",
              "status", "closedAt", "resultsToken", "organiserToken", "roles", "createdAt", "updatedAt")
            VALUES (?, 'team', 'klantkompas-full', 3, ?, ?, 'closed', ?, ?, ?, 'board\nmanager\nemployee', ?, ?)`,
      params: [scanId, options.organisationName, id("series"), now, token(), token(), now, now],
    },
    {
      sql: `INSERT INTO "Mirror" ("id", "questionnaireId", "questionnaireVersion", "organisationName", "pairedScanId",
              "team", "audience", "segments", "askNps", "askMark", "askOpen", "locale", "minGroupSize", "status",
              "organiserToken", "publicToken", "kioskToken", "resultsToken", "createdAt", "updatedAt")
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ${bool(options.askNps ?? true)}, ${bool(options.askMark ?? true)},
              ${bool(options.askOpen ?? false)}, 'nl', 5, 'open', ?, ?, ?, ?, ?, ?)`,
      params: [
        mirror.id,
        questionnaire.id,
        questionnaire.version,
        options.organisationName,
        scanId,
        options.team ?? null,
        options.audience ?? "external",
        options.segments ?? "",
        mirror.organiserToken,
        mirror.publicToken,
        mirror.kioskToken,
        mirror.resultsToken,
        now,
        now,
      ],
    },
    ...invites,
  ]);
  return mirror;
}

/** Opens or closes a mirror by hand, as the organiser's close does. */
export async function setMirrorStatus(mirrorId: string, status: "open" | "closed"): Promise<void> {
  await testDatabase().transaction([
    { sql: `UPDATE "Mirror" SET "status" = ? WHERE "id" = ?`, params: [status, mirrorId] },
  ]);
}

/** The stored responses of a mirror, oldest first is not known (no dates are kept): sorted by NPS. */
export async function mirrorResponses(mirrorId: string) {
  const rows = await testDatabase().all(
    `SELECT "id", "source", "segment", "nps", "mark", "comment" FROM "MirrorResponse" WHERE "mirrorId" = ?`,
    [mirrorId],
  );
  return rows.map((row) => ({
    id: String(row.id),
    source: String(row.source),
    segment: row.segment === null ? null : String(row.segment),
    nps: row.nps === null ? null : Number(row.nps),
    mark: row.mark === null ? null : Number(row.mark),
    comment: row.comment === null ? null : String(row.comment),
  }));
}

/** A response's answers, item id → value or non-answer. */
export async function mirrorAnswers(responseId: string): Promise<Record<string, number | string>> {
  const rows = await testDatabase().all(
    `SELECT "itemId", "value", "nonAnswer" FROM "MirrorAnswer" WHERE "responseId" = ?`,
    [responseId],
  );
  return Object.fromEntries(
    rows.map((row) => [String(row.itemId), row.value === null ? String(row.nonAnswer) : Number(row.value)]),
  );
}
