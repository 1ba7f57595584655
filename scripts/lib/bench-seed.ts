// The benchmark's data (scripts/bench.ts), made through the app's own data layer, except the 20,000 dashboard
// scans, which are inserted in bulk as tests/integration/dashboard-queries.test.ts does. Imported only after
// DATABASE_URL points at the throw-away database (lib/server/db/db reads it when first imported).

import { nameKey } from "@/lib/clients/name-key";
import { SECTORS, SIZE_BANDS } from "@/lib/clients/options";
import { pointsChange } from "@/lib/history/compare-scans";
import { seriesKey } from "@/lib/history/series";
import { getLatestByKind } from "@/lib/questionnaire/registry";
import type { Questionnaire } from "@/lib/questionnaire/schema";
import { levelForScore } from "@/lib/scoring";
import { answersForProfile, seededRandom } from "@/lib/seed/answers-for-profile";
import { createScan } from "@/lib/server/scans/create-scan";
import { saveAnswers } from "@/lib/server/scans/save-answers";
import { submitResponse } from "@/lib/server/scans/submit-response";
import { type BulkRow, bulkInsert } from "@/lib/server/seed/bulk-insert";
import { createConsultant } from "@/lib/server/seed/create-consultant";
import { createTeamRound } from "@/lib/server/seed/create-team-round";

export const BENCH_PASSWORD = "paarse olifant fietst naar huis";

function questionnaireOfKind(kind: "full" | "quick"): Questionnaire {
  const questionnaire = getLatestByKind(kind);
  if (!questionnaire) throw new Error(`no ${kind} questionnaire`);
  return questionnaire;
}

type Row = BulkRow;

/** `clients` clients with `scans` submitted quick self-scans each, summaries filled in, in one workspace. */
export async function seedDashboard({
  workspaceId,
  clients: clientCount,
  scans: scanCount,
}: {
  workspaceId: string;
  clients: number;
  scans: number;
}): Promise<{ clientIds: string[] }> {
  const quick = questionnaireOfKind("quick");
  const domainIds = quick.domains.map((d) => d.id);
  const random = seededRandom(2026);
  const now = new Date();
  const clients: Row[] = [];
  const scanRows: Row[] = [];
  const responses: Row[] = [];
  const domainScores: Row[] = [];
  const series = seriesKey({ kind: "self", questionnaireId: quick.id, role: "manager", team: "" });
  for (let c = 0; c < clientCount; c += 1) {
    const clientId = `bench${c}`;
    const name = `Benchklant ${String(c).padStart(4, "0")}`;
    const scans: Array<{ id: string; overall: number; submittedAt: Date; scores: number[] }> = [];
    for (let s = 0; s < scanCount; s += 1) {
      const id = `bench${c}s${s}`;
      const scores = domainIds.map(() => Math.floor(random() * 9) * 12.5);
      const overall = Math.round((scores.reduce((a, b) => a + b, 0) / scores.length) * 100) / 100;
      const submittedAt = new Date(Date.UTC(2024, s, 1 + (c % 28), 9, 0, c % 60));
      scans.push({ id, overall, submittedAt, scores });
      const overallLevel = levelForScore(quick.levels, overall).id;
      scanRows.push({
        id,
        kind: "self",
        questionnaireId: quick.id,
        questionnaireVersion: quick.version,
        organisationName: name,
        clientId,
        series,
        status: "closed",
        closedAt: submittedAt,
        locale: "nl",
        resultsToken: `${id}t`,
        submittedAt,
        overallScore: overall,
        overallLevel,
        respondentCount: 1,
        createdAt: submittedAt,
        updatedAt: submittedAt,
      });
      responses.push({
        id: `${id}p`,
        scanId: id,
        resumeToken: `${id}r`,
        role: "manager",
        locale: "nl",
        status: "submitted",
        overallScore: overall,
        overallLevel,
        createdAt: submittedAt,
        updatedAt: submittedAt,
        submittedAt,
      });
      domainIds.forEach((domainId, d) => {
        const score = scores[d] ?? 0;
        domainScores.push({
          scanId: id,
          domainId,
          score,
          level: levelForScore(quick.levels, score).id,
          answered: 2,
          total: 2,
          respondents: 1,
        });
      });
    }
    const latest = scans[scans.length - 1];
    const previous = scans[scans.length - 2];
    if (!latest) throw new Error("seedDashboard: at least one scan per client");
    clients.push({
      id: clientId,
      workspaceId,
      name,
      nameKey: nameKey(name),
      sector: SECTORS[c % SECTORS.length] ?? "other",
      sizeBand: SIZE_BANDS[c % SIZE_BANDS.length] ?? "1-9",
      notes: "",
      createdAt: now,
      updatedAt: now,
      submittedCount: scans.length,
      latestScanId: latest.id,
      latestSubmittedAt: latest.submittedAt,
      latestScore: latest.overall,
      latestLevel: levelForScore(quick.levels, latest.overall).id,
      latestChange: previous ? (pointsChange(previous.overall, latest.overall) ?? 0) : null,
      weakestDomain:
        domainIds
          .map((domainId, d) => ({ domainId, d, score: latest.scores[d] ?? 0 }))
          .sort((a, b) => a.score - b.score || a.d - b.d)[0]?.domainId ?? null,
    });
  }
  // The shared bulk insert (lib/server/seed/bulk-insert.ts) picks SQLite or PostgreSQL from DATABASE_URL itself.
  await bulkInsert("Client", clients);
  await bulkInsert("Scan", scanRows);
  await bulkInsert("Response", responses);
  await bulkInsert("ScanDomainScore", domainScores);
  return { clientIds: clients.map((c) => String(c.id)) };
}

export async function seedConsultant(): Promise<{ email: string; workspaceId: string }> {
  const email = "bench@example.nl";
  const { workspaceId } = await createConsultant({ email, name: "Bench Adviseur", password: BENCH_PASSWORD });
  return { email, workspaceId };
}

/** A submitted full self-scan (its results page) and an open one (its questionnaire and review pages). */
export async function seedSelfScans(): Promise<{ openToken: string; shareToken: string }> {
  const full = questionnaireOfKind("full");
  const answers = answersForProfile(full, { leadership: 40, culture: 60 }, { seed: 5, notApplicableRate: 0.1 });
  const start = () =>
    createScan({
      input: { questionnaireId: full.id, organisationName: "Bench BV", respondentRole: "manager", locale: "nl" },
    });
  const done = await start();
  const open = await start();
  if (!done.ok || !open.ok) throw new Error("seedSelfScans: could not start a scan");
  await saveAnswers({ resumeToken: done.resumeToken, answers });
  const submitted = await submitResponse({ resumeToken: done.resumeToken });
  if (!submitted.ok) throw new Error(`seedSelfScans: ${submitted.error}`);
  await saveAnswers({ resumeToken: open.resumeToken, answers: answers.slice(0, answers.length - 4) });
  return { openToken: open.resumeToken, shareToken: submitted.shareToken };
}

/** A closed quick round with `respondents` submitted responses, through join, save, submit and close. */
export async function seedClosedRound(respondents: number): Promise<{ resultsToken: string }> {
  const roles = ["board", "manager", "employee"];
  const teams = ["Sales", "Service", "Operations", "Finance"];
  const round = await createTeamRound({
    organisationName: "Bench Ronde BV",
    roles,
    teams,
    respondents: Array.from({ length: respondents }, (_, i) => ({
      role: roles[i % roles.length] ?? "employee",
      team: teams[i % teams.length] ?? "",
      targets: { leadership: 30 + (i % 40), culture: 70 - (i % 30) },
    })),
    closedAt: new Date(),
  });
  return { resultsToken: round.resultsToken };
}

/** An open quick round with `respondents` joined, unanswered responses: the rows autosave writes to. */
export async function seedOpenRound(
  respondents: number,
): Promise<{ resumeTokens: string[]; itemIds: string[]; values: number[] }> {
  const quick = questionnaireOfKind("quick");
  const round = await createTeamRound({
    organisationName: "Bench Autosave BV",
    roles: ["employee"],
    respondents: [],
  });
  const { joinRound } = await import("@/lib/server/rounds/join-round");
  const resumeTokens: string[] = [];
  for (let i = 0; i < respondents; i += 1) {
    const joined = await joinRound({ teamToken: round.teamToken, role: "employee", team: "", locale: "nl" });
    if (!joined.ok) throw new Error(`seedOpenRound: ${joined.error}`);
    resumeTokens.push(joined.resumeToken);
  }
  return {
    resumeTokens,
    itemIds: quick.items.map((item) => item.id),
    values: quick.scale.points.map((point) => point.value),
  };
}
