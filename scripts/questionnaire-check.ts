// npm run questionnaire:check [FILE...] — validates questionnaire definitions (default: all in questionnaires/,
// plus questionnaires/pending/ when a version waits there) and applies the content rules of lib/questionnaire/content-checks.ts from v3 on.
// Mirror questionnaires (kind "mirror", issue 19) are checked by lib/questionnaire/mirror-validate.ts against
// the registered full scan they pair with.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { contentIssues } from "@/lib/questionnaire/content-checks";
import { isMirrorFile, parseMirrorQuestionnaire } from "@/lib/questionnaire/mirror-validate";
import { getQuestionnaire } from "@/lib/questionnaire/registry";
import { SOURCES_FILE, unknownCitations } from "@/lib/questionnaire/sources";
import { formatDefinitionIssues, parseQuestionnaire } from "@/lib/questionnaire/validate";

const files = process.argv.slice(2);
// sources.json is the list of source articles, checked through the citations below.
const definitionsIn = (dir: string) =>
  readdirSync(dir)
    .filter((name) => name.endsWith(".json") && !name.endsWith(".schema.json") && name !== "sources.json")
    .map((name) => join(dir, name));
// questionnaires/pending/ holds versions written but not yet registered in questionnaires/index.ts; they sit
// apart so the checks cover them before they are released; the folder is absent when nothing waits.
const pending = existsSync("questionnaires/pending") ? definitionsIn("questionnaires/pending") : [];
const targets = files.length > 0 ? files : [...definitionsIn("questionnaires"), ...pending];

let failed = 0;
for (const file of targets) {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    failed += 1;
    console.error(`${file}: cannot be read as JSON: ${error instanceof Error ? error.message : String(error)}`);
    continue;
  }
  if (isMirrorFile(raw)) {
    const mirror = parseMirrorQuestionnaire(raw, getQuestionnaire);
    if (mirror.ok) {
      const q = mirror.questionnaire;
      console.log(
        `${file}: OK (${q.id} v${q.version}, mirror of ${q.pairsWith.id} v${q.pairsWith.version}, ${q.domains.length} domains, ${q.items.length} items)`,
      );
    } else {
      failed += 1;
      console.error(formatDefinitionIssues(file, mirror.issues));
    }
    continue;
  }
  const result = parseQuestionnaire(raw);
  if (result.ok) {
    const q = result.questionnaire;
    const unknown = unknownCitations(q);
    if (unknown.length > 0) {
      failed += 1;
      console.error(`${file}: cites sources missing from ${SOURCES_FILE}:\n  ${unknown.join("\n  ")}`);
      continue;
    }
    const content = contentIssues(q);
    if (content.length > 0) {
      failed += 1;
      console.error(formatDefinitionIssues(file, content));
      continue;
    }
    console.log(`${file}: OK (${q.id} v${q.version}, ${q.domains.length} domains, ${q.items.length} items)`);
  } else {
    failed += 1;
    console.error(formatDefinitionIssues(file, result.issues));
  }
}
process.exit(failed > 0 ? 1 : 0);
