import "server-only";
import { getLatestQuestionnaire } from "@/lib/questionnaire/registry";
import type { StartScanInput } from "@/lib/schemas/scan";
import { insertScan } from "@/lib/server/scans/insert-scan";

export type CreateScanResult = { ok: true; resumeToken: string } | { ok: false; error: "unknown-questionnaire" };

/** Starts an anonymous self-scan on the newest version of the questionnaire. */
export async function createScan({ input }: { input: StartScanInput }): Promise<CreateScanResult> {
  const questionnaire = getLatestQuestionnaire(input.questionnaireId);
  if (!questionnaire) return { ok: false, error: "unknown-questionnaire" };
  const { resumeToken } = await insertScan({ questionnaire, ...input });
  return { ok: true, resumeToken };
}
