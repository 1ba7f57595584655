// npm run mirror -- MIRROR_QUESTIONNAIRE.json CUSTOMERS.json [--inside INSIDE.json] [--min-group N]
// Prints the customer mirror's published figures as JSON (docs/mirror.md): outside score, gap and label per
// domain, statements, NPS with its 90% margin, report mark and segments, with nothing below the minimum.
import { readFileSync } from "node:fs";
import { aggregateMirror } from "@/lib/mirror/aggregate-mirror";
import { clampMirrorMinGroupSize, MIRROR_MIN_GROUP_FLOOR } from "@/lib/mirror/minimums";
import { readMirrorCustomers, readMirrorInside } from "@/lib/mirror/read-input";
import type { MirrorInside } from "@/lib/mirror/types";
import { loadMirrorQuestionnaire, MirrorQuestionnaireDefinitionError } from "@/lib/questionnaire/mirror-validate";
import { getQuestionnaire } from "@/lib/questionnaire/registry";

const USAGE =
  "Usage: npm run mirror -- MIRROR_QUESTIONNAIRE.json CUSTOMERS.json [--inside INSIDE.json] [--min-group N]\n" +
  '  CUSTOMERS.json: an array of { "segment"?, "answers": { "<itemId>": 1..5 | "dk" | "na" }, "nps"?: 0..10, "mark"?: 1..10 }\n' +
  "  INSIDE.json: the output of npm run score (a self-scan) or npm run aggregate (a round)";

/** A problem with the input, reported as one message without a stack trace. */
class InputError extends Error {}
/** Wrong arguments: usage. */
class UsageError extends Error {}

/** Bad arguments and bad input both exit with 2; only an unexpected failure exits with 1. */
const EXIT_BAD_INPUT = 2;

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

type Options = { questionnaireFile: string; customersFile: string; insideFile?: string; minGroupSize?: number };

function parseArgs(args: string[]): Options {
  const positional: string[] = [];
  let insideFile: string | undefined;
  let minGroup: string | undefined;
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i] ?? "";
    if (arg === "--help" || arg === "-h") throw new UsageError("");
    const option = ["--inside", "--min-group"].find((name) => arg === name || arg.startsWith(`${name}=`));
    if (option) {
      let value: string | undefined = arg.slice(option.length + 1);
      if (arg === option) {
        value = args[i + 1];
        i += 1;
      }
      if (value === undefined || value === "" || value.startsWith("--"))
        throw new UsageError(`${option} needs ${option === "--inside" ? "a file" : "a number"}`);
      if (option === "--inside") insideFile = value;
      else {
        if (!/^\d+$/.test(value)) throw new UsageError(`--min-group must be a whole number, got "${value}"`);
        minGroup = value;
      }
    } else if (arg.startsWith("--")) {
      throw new UsageError(`unknown option ${arg}`);
    } else {
      positional.push(arg);
    }
  }
  const [questionnaireFile, customersFile] = positional;
  if (positional.length !== 2 || questionnaireFile === undefined || customersFile === undefined)
    throw new UsageError(positional.length > 2 ? `expected two files, got ${positional.length}` : "");
  return {
    questionnaireFile,
    customersFile,
    ...(insideFile === undefined ? {} : { insideFile }),
    ...(minGroup === undefined ? {} : { minGroupSize: Number(minGroup) }),
  };
}

function main(args: string[]): number {
  let options: Options;
  try {
    options = parseArgs(args);
  } catch (error) {
    if (error instanceof UsageError && error.message) console.error(error.message);
    console.error(USAGE);
    return EXIT_BAD_INPUT;
  }
  const { questionnaireFile, customersFile, insideFile, minGroupSize } = options;
  try {
    const questionnaire = loadMirrorQuestionnaire(readJson(questionnaireFile), questionnaireFile, getQuestionnaire);
    const customers = readMirrorCustomers(readJson(customersFile), questionnaire);
    if (!customers.ok) {
      throw new InputError(
        [`${customersFile}: invalid customers`, ...customers.problems.map((p) => `  - ${p}`)].join("\n"),
      );
    }
    let inside: MirrorInside | null = null;
    if (insideFile !== undefined) {
      const read = readMirrorInside(readJson(insideFile));
      if (!read.ok)
        throw new InputError(
          [`${insideFile}: ${read.problems[0]}`, ...read.problems.slice(1).map((p) => `  - ${p}`)].join("\n"),
        );
      const mirrored = new Set(questionnaire.domains.map((d) => d.id));
      if (!read.value.inside.domains.some((d) => mirrored.has(d.domainId))) {
        throw new InputError(
          `${insideFile}: none of its domains is a domain of ${questionnaire.id} v${questionnaire.version}`,
        );
      }
      const { id, version } = questionnaire.pairsWith;
      if (read.value.questionnaireId !== id || read.value.questionnaireVersion !== version) {
        console.error(
          `warning: ${insideFile} is a ${read.value.kind} of ${read.value.questionnaireId} v${read.value.questionnaireVersion}; ` +
            `the mirror pairs with ${id} v${version} (the domains match, the statements differ)`,
        );
      }
      inside = read.value.inside;
    }
    const group = clampMirrorMinGroupSize(minGroupSize);
    if (minGroupSize !== undefined && group !== minGroupSize)
      console.error(
        `--min-group ${minGroupSize} is below ${MIRROR_MIN_GROUP_FLOOR}, the mirror's floor; using ${group}`,
      );
    console.log(
      JSON.stringify(
        aggregateMirror({ questionnaire, customers: customers.value, inside, minGroupSize: group }),
        null,
        2,
      ),
    );
    return 0;
  } catch (error) {
    if (error instanceof InputError || error instanceof MirrorQuestionnaireDefinitionError) {
      console.error(error.message);
      return EXIT_BAD_INPUT;
    }
    console.error(`Unexpected error: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}

process.exitCode = main(process.argv.slice(2));
