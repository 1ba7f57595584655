import { randomUUID } from "node:crypto";
import { getLatestByKind } from "@/lib/questionnaire/registry";
import type { Questionnaire } from "@/lib/questionnaire/schema";
import type { ClientFormInput, StartClientScanInput } from "@/lib/schemas/client";
import type { AnswerInput } from "@/lib/scoring";
import type { Consultant } from "@/lib/server/auth/current-consultant";
import { startClientScan } from "@/lib/server/clients/client-scans";
import { createClient } from "@/lib/server/clients/manage-clients";
import { saveAnswers } from "@/lib/server/scans/save-answers";
import { submitResponse } from "@/lib/server/scans/submit-response";
import { createConsultant, type SeededConsultant } from "@/lib/server/seed/create-consultant";
import { loadSelfScan } from "@/tests/factories/self-scan";

// Shared by the consultant-workspace integration tests. Everything gets a unique name or email, because
// all test files share one database (one after another) and nothing is cleaned up between them.

export const TEST_PASSWORD = "paarse olifant fietst";

const unique = () => randomUUID().slice(0, 8);

/** A signed-up consultant (real better-auth account, hashed password) with their own workspace. */
export async function createWorkspaceWithConsultant(options: { name?: string } = {}): Promise<SeededConsultant> {
  const id = unique();
  return createConsultant({
    email: `consultant-${id}@example.nl`,
    name: options.name ?? `Adviseur ${id}`,
    password: TEST_PASSWORD,
  });
}

/** What getConsultant answers for a seeded consultant in their own workspace (for tests that mock it). */
export function consultantOf(seeded: SeededConsultant): Consultant {
  const { userId, name, email, workspaceId } = seeded;
  const workspace = { workspaceId, name, role: "owner" as const };
  return {
    userId,
    name,
    email,
    emailVerified: true,
    workspaceId,
    workspaceName: name,
    role: "owner",
    workspaces: [workspace],
    lostWorkspace: false,
  };
}

/** Valid client form input (as clientFormSchema outputs it); each call gets its own name. */
export function buildClientInput(overrides: Partial<ClientFormInput> = {}): ClientFormInput {
  return { name: `Klant ${unique()}`, sector: "retail", sizeBand: "10-49", notes: "", ...overrides };
}

export async function createTestClient(workspaceId: string, overrides: Partial<ClientFormInput> = {}) {
  const { id } = await createClient({ workspaceId, input: buildClientInput(overrides) });
  return id;
}

export function questionnaireOfKind(kind: Questionnaire["kind"]): Questionnaire {
  const questionnaire = getLatestByKind(kind);
  if (!questionnaire) throw new Error(`no ${kind} questionnaire`);
  return questionnaire;
}

/**
 * Answers that give every domain exactly the score asked for (0, 25, 50, 75 or 100 on a 1–5 scale; `fallback`
 * for domains not named), taking reverse-worded items into account.
 */
export function answersWithDomainScores(
  questionnaire: Questionnaire,
  scores: Readonly<Record<string, number>>,
  fallback = 50,
): AnswerInput[] {
  const points = questionnaire.scale.points.map((p) => p.value);
  const min = Math.min(...points);
  const max = Math.max(...points);
  return questionnaire.items.map((item) => {
    const score = scores[item.domain] ?? fallback;
    const value = min + (score / 100) * (max - min);
    if (!points.includes(value)) throw new Error(`score ${score} is not reachable on this scale`);
    return { itemId: item.id, value: item.reverse ? min + max - value : value };
  });
}

/** Starts a scan for a client the way a consultant does; throws when the data layer refuses. The self-scan view. */
export async function startTestClientScan(
  workspaceId: string,
  clientId: string,
  overrides: Partial<Omit<StartClientScanInput, "clientId">> = {},
) {
  const started = await startClientScan({
    workspaceId,
    input: { clientId, kind: "quick", locale: "nl", respondentRole: "manager", ...overrides },
  });
  if (!started.ok) throw new Error(`startClientScan refused: ${started.error}`);
  return loadSelfScan({ resumeToken: started.resumeToken });
}

/** A client scan answered and submitted through the real flow (start → save answers → submit). The self-scan view. */
export async function submitTestClientScan(
  workspaceId: string,
  clientId: string,
  answers: (questionnaire: Questionnaire) => AnswerInput[] = (q) => answersWithDomainScores(q, {}),
  overrides: Partial<Omit<StartClientScanInput, "clientId">> = {},
) {
  const started = await startTestClientScan(workspaceId, clientId, overrides);
  const questionnaire = questionnaireOfKind(overrides.kind ?? "quick");
  const saved = await saveAnswers({ resumeToken: started.resumeToken, answers: answers(questionnaire) });
  if (!saved.ok) throw new Error(`saveAnswers refused: ${saved.error}`);
  const submitted = await submitResponse({ resumeToken: started.resumeToken });
  if (!submitted.ok) throw new Error(`submitResponse refused: ${submitted.error}`);
  return loadSelfScan({ scanId: started.id });
}
