import type { AnswerInput, AnswerValue } from "@/lib/scoring/types";

/** Turns `{ "item-id": 4, "other-id": "na" }` into answer inputs. */
export function answersFromRecord(record: Readonly<Record<string, AnswerValue>>): AnswerInput[] {
  return Object.entries(record).map(([itemId, value]) => ({ itemId, value }));
}
