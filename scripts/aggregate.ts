import { readFileSync } from "node:fs";
import {
  aggregateAnswers,
  clampMinGroupSize,
  DEFAULT_MIN_DISTRIBUTION,
  MIN_GROUP_CEILING,
  MIN_GROUP_FLOOR,
  MIN_GROUP_WARN_BELOW,
  RoundInputError,
} from "@/lib/aggregation";
import { RESPONDENT_ROLES } from "@/lib/questionnaire/respondent-roles";
import { loadQuestionnaire, QuestionnaireDefinitionError } from "@/lib/questionnaire/validate";
import { roundResponsesInputSchema } from "@/lib/schemas/round-responses";

const USAGE = "Usage: npm run aggregate -- QUESTIONNAIRE_FILE RESPONSES.json [--min-group N] [--min-distribution N]";

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

type Options = {
  questionnaireFile: string;
  responsesFile: string;
  minGroupSize?: number;
  minDistribution?: number;
};

const NUMBER_OPTIONS = ["--min-group", "--min-distribution"] as const;

function parseArgs(args: string[]): Options {
  const positional: string[] = [];
  const values: Partial<Record<(typeof NUMBER_OPTIONS)[number], string>> = {};
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i] ?? "";
    if (arg === "--help" || arg === "-h") throw new UsageError("");
    const option = NUMBER_OPTIONS.find((name) => arg === name || arg.startsWith(`${name}=`));
    if (option) {
      let value: string | undefined = arg.slice(option.length + 1);
      if (arg === option) {
        value = args[i + 1];
        i += 1;
      }
      if (value === undefined || value === "") throw new UsageError(`${option} needs a number`);
      if (!/^\d+$/.test(value)) throw new UsageError(`${option} must be a whole number, got "${value}"`);
      values[option] = value;
    } else if (arg.startsWith("--")) {
      throw new UsageError(`unknown option ${arg}`);
    } else {
      positional.push(arg);
    }
  }
  const [questionnaireFile, responsesFile] = positional;
  if (positional.length !== 2 || questionnaireFile === undefined || responsesFile === undefined)
    throw new UsageError("");
  const minGroup = values["--min-group"];
  const minDistribution = values["--min-distribution"];
  return {
    questionnaireFile,
    responsesFile,
    ...(minGroup === undefined ? {} : { minGroupSize: Number(minGroup) }),
    ...(minDistribution === undefined ? {} : { minDistribution: Number(minDistribution) }),
  };
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
  const group = clampMinGroupSize(minGroupSize);
  const minDistribution = options.minDistribution ?? Math.max(DEFAULT_MIN_DISTRIBUTION, group);
  if (minDistribution < group) {
    console.error(
      `--min-distribution ${minDistribution} is below the minimum group size ${group}; ` +
        `a distribution may never rest on fewer people than a group (use ${group} or more)`,
    );
    console.error(USAGE);
    return 2;
  }
  try {
    const questionnaire = loadQuestionnaire(readJson(questionnaireFile), questionnaireFile);
    const responses = readResponses(responsesFile);
    if (minGroupSize !== undefined && clampMinGroupSize(minGroupSize) !== minGroupSize)
      console.error(`--min-group ${minGroupSize} is outside ${MIN_GROUP_FLOOR}..${MIN_GROUP_CEILING}; using ${group}`);
    if (group < MIN_GROUP_WARN_BELOW)
      console.error(
        `warning: a minimum group size of ${group} is below ${MIN_GROUP_WARN_BELOW}: in a group that small, ` +
          "respondents who know each other's answers can work out the rest; use it only when you accept that",
      );
    console.log(
      JSON.stringify(
        aggregateAnswers({
          questionnaire,
          responses,
          minGroupSize: group,
          minDistribution,
          // Small roles merge with their neighbours in the usual order (board, manager, employee); teams in
          // the order the file first names them.
          roleOrder: [...RESPONDENT_ROLES, ...responses.map((r) => r.role.trim())],
          teamOrder: responses.flatMap((r) => (typeof r.team === "string" ? [r.team.trim()] : [])),
        }),
        null,
        2,
      ),
    );
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
