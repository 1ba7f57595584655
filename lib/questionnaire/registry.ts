import type { Questionnaire } from "@/lib/questionnaire/schema";
import { loadQuestionnaire } from "@/lib/questionnaire/validate";
import { questionnaireFiles } from "@/questionnaires";

/** Validates every file once; a broken file fails loudly with its name, path and problem. */
export function createQuestionnaireRegistry(files: ReadonlyArray<{ file: string; data: unknown }>) {
  const all: Questionnaire[] = files.map(({ file, data }) => loadQuestionnaire(data, file));
  const newestFirst = (list: Questionnaire[]) => [...list].sort((a, b) => b.version - a.version);
  return {
    list: (): readonly Questionnaire[] => all,
    /** The exact version a scan was started with: results never drift when a newer version ships. */
    get: (id: string, version: number) => all.find((q) => q.id === id && q.version === version),
    latest: (id: string) => newestFirst(all.filter((q) => q.id === id))[0],
    latestByKind: (kind: Questionnaire["kind"]) => newestFirst(all.filter((q) => q.kind === kind))[0],
  };
}

const registry = createQuestionnaireRegistry(questionnaireFiles);

export const listQuestionnaires = registry.list;
export const getQuestionnaire = registry.get;
export const getLatestQuestionnaire = registry.latest;
export const getLatestByKind = registry.latestByKind;
