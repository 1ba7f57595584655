import { compareSeriesOrder } from "@/lib/history/series";
import type { HistoryScan } from "@/lib/history/types";

/** The two scans asked for on the compare page; compareQuerySchema (lib/schemas/client) parses it. */
export type CompareQuery = { a?: string | undefined; b?: string | undefined };

type Submitted<T> = T & { submittedAt: Date };

export type ComparePair<T> = {
  from: Submitted<T>;
  to: Submitted<T>;
  /** The query asked for something else (unknown, unsubmitted or twice the same scan). */
  usedDefault: boolean;
};

/** Reads the first value of a search param that may repeat (`?a=1&a=2`). */
export function firstParam(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** Submitted scans, oldest first. */
export function submittedOldestFirst<T extends Pick<HistoryScan, "id" | "status" | "submittedAt">>(
  scans: readonly T[],
): Submitted<T>[] {
  return scans
    .filter((a): a is Submitted<T> => a.status === "submitted" && a.submittedAt !== null)
    .sort(compareSeriesOrder);
}

/**
 * The two scans to compare: the requested ones when both are submitted scans of this client and differ,
 * otherwise the two latest. The earlier one is always `from`, whatever order they were asked in.
 * Null with fewer than two submitted scans.
 */
export function selectComparePair<T extends Pick<HistoryScan, "id" | "status" | "submittedAt">>(
  scans: readonly T[],
  query: CompareQuery,
): ComparePair<T> | null {
  const submitted = submittedOldestFirst(scans);
  if (submitted.length < 2) return null;
  const a = submitted.find((s) => s.id === query.a);
  const b = submitted.find((s) => s.id === query.b);
  if (a && b && a.id !== b.id) {
    const [from, to] = compareSeriesOrder(a, b) <= 0 ? [a, b] : [b, a];
    return { from, to, usedDefault: false };
  }
  const from = submitted[submitted.length - 2];
  const to = submitted[submitted.length - 1];
  if (!from || !to) return null;
  const asked = query.a !== undefined || query.b !== undefined;
  return { from, to, usedDefault: asked };
}
