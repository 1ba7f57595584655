// npm run questionnaire:schema — writes the JSON Schemas so editors can check questionnaire files (scan
// questionnaires: questionnaire.schema.json; mirror questionnaires: mirror-questionnaire.schema.json).
import { writeFileSync } from "node:fs";
import { questionnaireJsonSchemaFiles } from "@/lib/questionnaire/json-schema";

for (const { file, schema } of questionnaireJsonSchemaFiles()) {
  writeFileSync(file, `${JSON.stringify(schema, null, 2)}\n`);
  console.log(`wrote ${file}`);
}
