import { readFileSync } from "node:fs";
import { loadQuestionnaire, QuestionnaireDefinitionError } from "@/lib/questionnaire/validate";
import { AnswersFormatError, answersFromJson, InvalidAnswersError, scoreResponse } from "@/lib/scoring";

const USAGE = "Usage: npm run score -- QUESTIONNAIRE_FILE ANSWERS.json";

/** A problem with the input, reported as one message without a stack trace. */
class InputError extends Error {}

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

function main(args: string[]): number {
  if (args.length !== 2 || args.some((arg) => arg === "--help" || arg === "-h")) {
    console.error(USAGE);
    return 2;
  }
  const [questionnaireFile = "", answersFile = ""] = args;
  try {
    const questionnaire = loadQuestionnaire(readJson(questionnaireFile), questionnaireFile);
    const answers = answersFromJson(readJson(answersFile));
    console.log(JSON.stringify(scoreResponse(questionnaire, answers), null, 2));
    return 0;
  } catch (error) {
    if (error instanceof InvalidAnswersError || error instanceof AnswersFormatError) {
      console.error(`${answersFile}: ${error.message}`);
    } else if (error instanceof InputError || error instanceof QuestionnaireDefinitionError) {
      console.error(error.message);
    } else {
      console.error(`Unexpected error: ${error instanceof Error ? error.message : String(error)}`);
    }
    return 1;
  }
}

process.exitCode = main(process.argv.slice(2));
