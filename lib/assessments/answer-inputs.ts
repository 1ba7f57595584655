import type { AnswerInput } from "@/lib/scoring";

/** Stored answers use null for "don't know / n.a."; the scoring library uses "na". */
export function toAnswerInputs(rows: ReadonlyArray<{ itemId: string; value: number | null }>): AnswerInput[] {
  return rows.map((row) => ({ itemId: row.itemId, value: row.value ?? "na" }));
}

export function toStoredValue(value: AnswerInput["value"]): number | null {
  // Placeholder so the wider AnswerValue type-checks: storing "dk" apart (null + a code) is the lead's change.
  return typeof value === "number" ? value : null;
}
