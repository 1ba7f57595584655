import { z } from "zod";
import { questionnaireSchema } from "@/lib/questionnaire/schema";

/** JSON Schema of a questionnaire file as written (defaults optional), generated from the zod schema. */
export function questionnaireJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(questionnaireSchema, { io: "input", target: "draft-2020-12" });
  return { ...schema, title: "Klantkompas questionnaire definition" };
}

export const QUESTIONNAIRE_JSON_SCHEMA_FILE = "questionnaires/questionnaire.schema.json";
