import type { MirrorQuestionnaire } from "@/lib/questionnaire/mirror-schema";
import { loadMirrorQuestionnaire } from "@/lib/questionnaire/mirror-validate";
import { getQuestionnaire } from "@/lib/questionnaire/registry";
import type { Questionnaire } from "@/lib/questionnaire/schema";
import { mirrorQuestionnaireFiles } from "@/questionnaires";

/**
 * Validates every mirror file once, against the full scans it pairs with; a broken file fails loudly with its
 * name, path and problem.
 */
export function createMirrorQuestionnaireRegistry(
  files: ReadonlyArray<{ file: string; data: unknown }>,
  findFull: (id: string, version: number) => Questionnaire | undefined = getQuestionnaire,
) {
  const all: MirrorQuestionnaire[] = files.map(({ file, data }) => loadMirrorQuestionnaire(data, file, findFull));
  const newestFirst = [...all].sort((a, b) => b.version - a.version);
  return {
    list: (): readonly MirrorQuestionnaire[] => all,
    get: (id: string, version: number) => all.find((q) => q.id === id && q.version === version),
    latest: (): MirrorQuestionnaire => {
      const newest = newestFirst[0];
      if (!newest) throw new Error("No mirror questionnaire is registered in questionnaires/index.ts");
      return newest;
    },
  };
}

const registry = createMirrorQuestionnaireRegistry(mirrorQuestionnaireFiles);

export const listMirrorQuestionnaires = registry.list;

/** The exact mirror questionnaire version a mirror was opened with. */
export function getMirrorQuestionnaire(id: string, version: number): MirrorQuestionnaire | undefined {
  return registry.get(id, version);
}

/** The newest mirror questionnaire: what a new mirror starts with. */
export function getLatestMirrorQuestionnaire(): MirrorQuestionnaire {
  return registry.latest();
}
