import type { AnswerInput } from "@/lib/scoring";

type StoredAnswer = { itemId: string; value: number | null; nonAnswer?: string | null };

/** Stored answers keep a non-answer as value null plus its code ("na" or "dk"); v1 rows without a code are "na". */
export function toAnswerValue(row: Omit<StoredAnswer, "itemId">): AnswerInput["value"] {
  if (row.value !== null) return row.value;
  return (row.nonAnswer === "dk" ? "dk" : "na") as AnswerInput["value"];
}

export function toAnswerInputs(rows: ReadonlyArray<StoredAnswer>): AnswerInput[] {
  return rows.map((row) => ({ itemId: row.itemId, value: toAnswerValue(row) }));
}

export function toStoredValue(value: AnswerInput["value"]): { value: number | null; nonAnswer: string | null } {
  return typeof value === "number" ? { value, nonAnswer: null } : { value: null, nonAnswer: value };
}
