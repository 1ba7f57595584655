// npm run bench — measures the hot paths on a throw-away database; numbers, not pass/fail.
// Set BENCH_URL=http://localhost:3000 to also time page requests against a running server.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { migrateDatabase } from "./lib/database";

const dir = mkdtempSync(join(tmpdir(), "klantkompas-bench-"));
process.env.DATABASE_URL = `file:${join(dir, "bench.db")}`;

async function time(label: string, runs: number, fn: (i: number) => Promise<unknown> | unknown) {
  await fn(0);
  const samples: number[] = [];
  for (let i = 1; i <= runs; i++) {
    const start = performance.now();
    await fn(i);
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  const pick = (p: number) => samples[Math.min(samples.length - 1, Math.floor(p * samples.length))] ?? 0;
  console.log(
    `${label.padEnd(44)} runs ${String(runs).padStart(5)}  p50 ${pick(0.5).toFixed(2).padStart(8)} ms  p95 ${pick(0.95).toFixed(2).padStart(8)} ms`,
  );
}

try {
  const migration = await migrateDatabase(process.env.DATABASE_URL, { quiet: true });
  if (migration.code !== 0) throw new Error(migration.output);
  const { getLatestQuestionnaire } = await import("../lib/questionnaire/registry");
  const { scoreAssessment } = await import("../lib/scoring");
  const { answersForProfile } = await import("../lib/seed/answers-for-profile");
  const { createAssessment } = await import("../lib/assessments/create-assessment");
  const { saveAnswers } = await import("../lib/assessments/save-answers");
  const { submitAssessment } = await import("../lib/assessments/submit-assessment");
  const { getResultsByShareToken } = await import("../lib/assessments/get-results");
  const { db } = await import("../lib/db");

  const full = getLatestQuestionnaire("klantkompas-full");
  if (!full) throw new Error("full scan missing");
  const answers = answersForProfile(full, { leadership: 40, culture: 60 }, { seed: 5, notApplicableRate: 0.1 });

  await time("scoreAssessment (full scan, 48 items)", 2000, () => scoreAssessment(full, answers));
  const tokens: string[] = [];
  await time("createAssessment", 200, async () => {
    const created = await createAssessment({
      input: { questionnaireId: full.id, organisationName: "Bench", respondentRole: "manager", locale: "nl" },
    });
    if (created.ok) tokens.push(created.resumeToken);
  });
  const first = answers[0];
  if (!first) throw new Error("no answers");
  await time("saveAnswers (one answer, as the UI does)", 500, (i) =>
    saveAnswers({ resumeToken: tokens[i % tokens.length] ?? "", answers: [first] }),
  );
  await time("saveAnswers (a whole domain page)", 200, (i) =>
    saveAnswers({ resumeToken: tokens[i % tokens.length] ?? "", answers: answers.slice(0, 8) }),
  );
  const shareTokens: string[] = [];
  await time("submitAssessment", 150, async (i) => {
    const token = tokens[i] ?? "";
    await saveAnswers({ resumeToken: token, answers });
    const submitted = await submitAssessment({ resumeToken: token });
    if (submitted.ok) shareTokens.push(submitted.shareToken);
  });
  await time("getResultsByShareToken (load + score)", 500, (i) =>
    getResultsByShareToken({ shareToken: shareTokens[i % shareTokens.length] ?? "" }),
  );
  await db.$disconnect();

  const base = process.env.BENCH_URL;
  if (base) {
    for (const path of ["/", "/scan/new?type=full"]) {
      await time(`GET ${path}`, 100, async () => (await fetch(new URL(path, base))).text());
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
