import type { AnswerInput } from "@/lib/scoring";

/** Stored answers use null for "don't know / n.a."; the scoring library uses "na". */
export function toAnswerInputs(rows: ReadonlyArray<{ itemId: string; value: number | null }>): AnswerInput[] {
  return rows.map((row) => ({ itemId: row.itemId, value: row.value ?? "na" }));
}

export function toStoredValue(value: AnswerInput["value"]): number | null {
  return value === "na" ? null : value;
}
