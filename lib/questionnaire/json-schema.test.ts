import { readFileSync } from "node:fs";
import { expect, it } from "vitest";
import { questionnaireJsonSchemaFiles } from "@/lib/questionnaire/json-schema";

it.each(questionnaireJsonSchemaFiles())(
  "the committed $file matches the zod schema (run npm run questionnaire:schema)",
  ({ file, schema }) => {
    const committed = JSON.parse(readFileSync(file, "utf8"));
    expect(committed).toEqual(schema);
  },
);

it("mirror files name the mirror schema, scan files the scan schema", () => {
  const mirror = JSON.parse(readFileSync("questionnaires/klantkompas-mirror.v1.json", "utf8"));
  const full = JSON.parse(readFileSync("questionnaires/klantkompas-full.v3.json", "utf8"));
  expect(mirror.$schema).toBe("./mirror-questionnaire.schema.json");
  expect(full.$schema).toBe("./questionnaire.schema.json");
});
