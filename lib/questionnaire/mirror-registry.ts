import type { MirrorQuestionnaire } from "@/lib/questionnaire/mirror-schema";

// STUB (lead): the mirror-core helper replaces this with the validated registry of questionnaires/*mirror*.json.

/** The exact mirror questionnaire version a mirror was opened with. */
export function getMirrorQuestionnaire(_id: string, _version: number): MirrorQuestionnaire | undefined {
  return undefined;
}

/** The newest mirror questionnaire: what a new mirror starts with. */
export function getLatestMirrorQuestionnaire(): MirrorQuestionnaire {
  throw new Error("No mirror questionnaire yet");
}
