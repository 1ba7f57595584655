import { readFileSync } from "node:fs";
import { aggregateAnswers, clampMinGroupSize, RoundInputError } from "../lib/aggregation";
import { loadQuestionnaire, QuestionnaireDefinitionError } from "../lib/questionnaire/validate";
import { roundResponsesInputSchema } from "../lib/schemas/round-responses";

const USAGE = "Usage: npm run aggregate -- QUESTIONNAIRE_FILE RESPONSES.json [--min-group N]";

/** A problem with the input, reported as one message without a stack trace. */
class InputError extends Error {}
/** Wrong arguments: usage and exit code 2. */
class UsageError extends Error {}

function readJson(file: string): unknown {
  let content: string;
  try {
    content = readFileSync(file, "utf8");
  } catch (error) {
    throw new InputError(`${file}: cannot read file (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  try {
    return JSON.parse(content);
  } catch (error) {
    throw new InputError(`${file}: not valid JSON (${(error as Error).message})`);
  }
}

function parseArgs(args: string[]): { questionnaireFile: string; responsesFile: string; minGroupSize?: number } {
  const positional: string[] = [];
  let minGroup: string | undefined;
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i] ?? "";
    if (arg === "--help" || arg === "-h") throw new UsageError("");
    if (arg === "--min-group") {
      minGroup = args[i + 1];
      i += 1;
      if (minGroup === undefined) throw new UsageError("--min-group needs a number");
    } else if (arg.startsWith("--min-group=")) {
      minGroup = arg.slice("--min-group=".length);
    } else if (arg.startsWith("--")) {
      throw new UsageError(`unknown option ${arg}`);
    } else {
      positional.push(arg);
    }
  }
  const [questionnaireFile, responsesFile] = positional;
  if (positional.length !== 2 || questionnaireFile === undefined || responsesFile === undefined)
    throw new UsageError("");
  if (minGroup === undefined) return { questionnaireFile, responsesFile };
  if (!/^\d+$/.test(minGroup)) throw new UsageError(`--min-group must be a whole number, got "${minGroup}"`);
  return { questionnaireFile, responsesFile, minGroupSize: Number(minGroup) };
}

function pathOf(path: ReadonlyArray<PropertyKey>): string {
  return path.map((key) => (typeof key === "number" ? `[${key}]` : `.${String(key)}`)).join("");
}

function readResponses(file: string) {
  const parsed = roundResponsesInputSchema.safeParse(readJson(file));
  if (parsed.success) return parsed.data;
  const lines = parsed.error.issues.map((issue) => `  - responses${pathOf(issue.path)}: ${issue.message}`);
  throw new InputError(
    [`${file}: expected an array of { "role", "team"?, "answers": { "<itemId>": value } }`, ...lines].join("\n"),
  );
}

function main(args: string[]): number {
  let options: ReturnType<typeof parseArgs>;
  try {
    options = parseArgs(args);
  } catch (error) {
    if (error instanceof UsageError && error.message) console.error(error.message);
    console.error(USAGE);
    return 2;
  }
  const { questionnaireFile, responsesFile, minGroupSize } = options;
  try {
    const questionnaire = loadQuestionnaire(readJson(questionnaireFile), questionnaireFile);
    const responses = readResponses(responsesFile);
    if (minGroupSize !== undefined && clampMinGroupSize(minGroupSize) !== minGroupSize)
      console.error(`--min-group ${minGroupSize} is outside 3..10; using ${clampMinGroupSize(minGroupSize)}`);
    console.log(JSON.stringify(aggregateAnswers({ questionnaire, responses, minGroupSize }), null, 2));
    return 0;
  } catch (error) {
    if (error instanceof RoundInputError) {
      console.error(`${responsesFile}: ${error.message}`);
    } else if (error instanceof InputError || error instanceof QuestionnaireDefinitionError) {
      console.error(error.message);
    } else {
      console.error(`Unexpected error: ${error instanceof Error ? error.message : String(error)}`);
    }
    return 1;
  }
}

process.exitCode = main(process.argv.slice(2));
