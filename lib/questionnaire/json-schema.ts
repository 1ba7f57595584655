import { z } from "zod";
import { mirrorQuestionnaireSchema } from "@/lib/questionnaire/mirror-schema";
import { questionnaireSchema } from "@/lib/questionnaire/schema";

/** JSON Schema of a questionnaire file as written (defaults optional), generated from the zod schema. */
export function questionnaireJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(questionnaireSchema, { io: "input", target: "draft-2020-12" });
  return { ...schema, title: "Klantkompas questionnaire definition" };
}

export const QUESTIONNAIRE_JSON_SCHEMA_FILE = "questionnaires/questionnaire.schema.json";

/** JSON Schema of a mirror questionnaire file (kind "mirror", issue 19); the mirror files' `$schema` names it. */
export function mirrorQuestionnaireJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(mirrorQuestionnaireSchema, { io: "input", target: "draft-2020-12" });
  return { ...schema, title: "Klantkompas mirror questionnaire definition" };
}

export const MIRROR_QUESTIONNAIRE_JSON_SCHEMA_FILE = "questionnaires/mirror-questionnaire.schema.json";

/** Every generated schema file with its content, for `npm run questionnaire:schema` and its test. */
export function questionnaireJsonSchemaFiles(): Array<{ file: string; schema: Record<string, unknown> }> {
  return [
    { file: QUESTIONNAIRE_JSON_SCHEMA_FILE, schema: questionnaireJsonSchema() },
    { file: MIRROR_QUESTIONNAIRE_JSON_SCHEMA_FILE, schema: mirrorQuestionnaireJsonSchema() },
  ];
}
