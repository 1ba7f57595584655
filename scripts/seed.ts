// npm run db:seed — demo self-scans and a demo consultant workspace, so a newcomer sees results, trends
// and comparisons at once. Safe to run again: it adds nothing twice.

import { getLatestQuestionnaire } from "@/lib/questionnaire/registry";
import { answersForProfile } from "@/lib/seed/answers-for-profile";
import { db } from "@/lib/server/db/db";
import { createScan } from "@/lib/server/scans/create-scan";
import { saveAnswers } from "@/lib/server/scans/save-answers";
import { submitResponse } from "@/lib/server/scans/submit-response";
import { seedDemoPeers } from "@/lib/server/seed/demo-peers";
import { DEMO_CONSULTANT, seedDemoWorkspace } from "@/lib/server/seed/demo-workspace";

const DEMO_SCANS = [
  {
    questionnaireId: "klantkompas-full",
    organisationName: "Demo — Bakkerij Van Dam",
    respondentRole: "board",
    targets: { leadership: 72, culture: 64, strategy: 41, interfunctional: 35, processes: 52, hr: 28 },
    submit: true,
  },
  {
    questionnaireId: "klantkompas-quick",
    organisationName: "Demo — Gemeente Noorderhaven",
    respondentRole: "manager",
    targets: { leadership: 45, culture: 38, strategy: 22, interfunctional: 55, processes: 30, hr: 48 },
    submit: true,
  },
  {
    questionnaireId: "klantkompas-full",
    organisationName: "Demo — Installatiebedrijf Kroon (in progress)",
    respondentRole: "manager",
    targets: { leadership: 60, culture: 60, strategy: 60 },
    submit: false,
  },
] as const;

const origin = process.env.PUBLIC_URL ?? `http://localhost:${process.env.PORT ?? 3000}`;

for (const [index, scan] of DEMO_SCANS.entries()) {
  const existing = await db.scan.findFirst({ where: { organisationName: scan.organisationName } });
  if (existing) {
    console.log(`exists  ${scan.organisationName}`);
    continue;
  }
  const questionnaire = getLatestQuestionnaire(scan.questionnaireId);
  if (!questionnaire) throw new Error(`questionnaire ${scan.questionnaireId} is missing`);
  const created = await createScan({
    input: {
      questionnaireId: scan.questionnaireId,
      organisationName: scan.organisationName,
      respondentRole: scan.respondentRole,
      locale: "nl",
    },
  });
  if (!created.ok) throw new Error(created.error);
  const answers = answersForProfile(questionnaire, scan.targets, { seed: index + 1, notApplicableRate: 0.05 });
  const relevant = scan.submit
    ? answers
    : answers.filter((a) => Object.keys(scan.targets).some((d) => a.itemId.startsWith(d)));
  await saveAnswers({ resumeToken: created.resumeToken, answers: relevant });
  if (scan.submit) {
    const submitted = await submitResponse({ resumeToken: created.resumeToken });
    if (!submitted.ok) throw new Error(submitted.error);
    console.log(`created ${scan.organisationName}\n        results: ${origin}/results/${submitted.shareToken}`);
  } else {
    console.log(`created ${scan.organisationName}\n        resume:  ${origin}/scan/${created.resumeToken}`);
  }
}

const demo = await seedDemoWorkspace();
for (const name of demo.existing) console.log(`exists  ${name}`);
for (const name of demo.created) console.log(`created ${name}`);
// Benchmark peers: 60 opted-in organisations in other workspaces, and the demo workspace opted in (the first time).
const peers = await seedDemoPeers({ demoWorkspaceId: demo.consultant.workspaceId });
console.log(`${peers.created ? "created" : "exists "} ${peers.organisations} benchmark peer organisations`);
console.log(
  `\ndemo workspace: sign in at ${origin}/sign-in as ${DEMO_CONSULTANT.email} / ${DEMO_CONSULTANT.password}` +
    (demo.consultant.created ? "" : " (existing account: its password was left unchanged)"),
);
await db.$disconnect();
