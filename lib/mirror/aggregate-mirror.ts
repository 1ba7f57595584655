import type { MirrorAggregate, MirrorCustomer, MirrorInside } from "@/lib/mirror/types";
import type { MirrorQuestionnaire } from "@/lib/questionnaire/mirror-schema";

// STUB (lead): the mirror-core helper implements this (issue 19 §3 and §4).

/**
 * The mirror's published figures: outside score per domain (each customer once), gap and label against the
 * inside view, per statement, NPS with its 90% margin, report mark, per segment — nothing below the minimum.
 */
export function aggregateMirror(_options: {
  questionnaire: MirrorQuestionnaire;
  customers: readonly MirrorCustomer[];
  inside?: MirrorInside | null;
  /** The group minimum; never below 5 for customers. */
  minGroupSize: number;
}): MirrorAggregate {
  throw new Error("aggregateMirror is not implemented yet");
}
