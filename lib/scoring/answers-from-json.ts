import type { AnswerInput, AnswerValue } from "@/lib/scoring/types";

/** Thrown when answers read from JSON have the wrong shape (values on the scale are checked later). */
export class AnswersFormatError extends Error {
  override name = "AnswersFormatError";
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function answerValue(value: unknown, where: string): AnswerValue {
  if (typeof value === "number" || value === "na" || value === "dk") return value;
  throw new AnswersFormatError(
    `${where}: the answer must be a number, "na" or "dk", got ${JSON.stringify(value) ?? "nothing"}`,
  );
}

function fromEntry(entry: unknown, index: number): AnswerInput {
  const where = `answers[${index}]`;
  if (!isPlainObject(entry))
    throw new AnswersFormatError(`${where}: expected an object { "itemId": ..., "value": ... }`);
  const extra = Object.keys(entry).filter((key) => key !== "itemId" && key !== "value");
  if (extra.length > 0)
    throw new AnswersFormatError(`${where}: unexpected field(s) ${extra.map((k) => `"${k}"`).join(", ")}`);
  if (typeof entry.itemId !== "string") throw new AnswersFormatError(`${where}.itemId: expected a string`);
  return { itemId: entry.itemId, value: answerValue(entry.value, `${where}.value (item "${entry.itemId}")`) };
}

/**
 * Reads answers from parsed JSON: either `{ "item-id": 4, "other-id": "na", "third-id": "dk" }`
 * or `[{ "itemId": "item-id", "value": 4 }]`.
 */
export function answersFromJson(raw: unknown): AnswerInput[] {
  if (Array.isArray(raw)) return raw.map(fromEntry);
  if (!isPlainObject(raw)) {
    throw new AnswersFormatError(
      'expected an object { "item-id": value } or an array [{ "itemId": ..., "value": ... }]',
    );
  }
  return Object.entries(raw).map(([itemId, value]) => ({ itemId, value: answerValue(value, `item "${itemId}"`) }));
}
