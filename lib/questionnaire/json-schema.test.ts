import { readFileSync } from "node:fs";
import { expect, it } from "vitest";
import { QUESTIONNAIRE_JSON_SCHEMA_FILE, questionnaireJsonSchema } from "@/lib/questionnaire/json-schema";

it("the committed JSON Schema matches the zod schema (run npm run questionnaire:schema)", () => {
  const committed = JSON.parse(readFileSync(QUESTIONNAIRE_JSON_SCHEMA_FILE, "utf8"));
  expect(committed).toEqual(questionnaireJsonSchema());
});
