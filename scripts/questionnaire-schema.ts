// npm run questionnaire:schema — writes the JSON Schema so editors can check questionnaire files.
import { writeFileSync } from "node:fs";
import { QUESTIONNAIRE_JSON_SCHEMA_FILE, questionnaireJsonSchema } from "@/lib/questionnaire/json-schema";

writeFileSync(QUESTIONNAIRE_JSON_SCHEMA_FILE, `${JSON.stringify(questionnaireJsonSchema(), null, 2)}\n`);
console.log(`wrote ${QUESTIONNAIRE_JSON_SCHEMA_FILE}`);
