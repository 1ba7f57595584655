// Rows of a client's action export (CSV and JSON share them): plain data in, no Prisma.

import { isoTimestamp } from "@/lib/exports/iso-timestamp";
import type { ExportTable } from "@/lib/exports/types";
import { dayOf, isOverdue } from "@/lib/targets/action-status";

export const ACTION_COLUMNS = [
  "action_id",
  "scan_id",
  "scan_kind",
  "scan_submitted_at",
  "questionnaire_id",
  "questionnaire_version",
  "domain_id",
  "recommendation_id",
  "title",
  "owner",
  "due_date",
  "status",
  "overdue",
  "notes",
  "created_at",
  "status_changed_at",
  "done_at",
] as const;

export type ExportAction = {
  id: string;
  questionnaireId: string;
  questionnaireVersion: number;
  domainId: string;
  recommendationId: string | null;
  title: string;
  owner: string;
  dueDate: Date | null;
  status: string;
  notes: string;
  createdAt: Date;
  statusChangedAt: Date;
  doneAt: Date | null;
  scan: { id: string; kind: string; submittedAt: Date | null };
};

/** One row per action; dates as ISO 8601 UTC, a due date as its day; empty cells are null. */
export function buildActionRows(actions: readonly ExportAction[], today: string): ExportTable {
  return {
    columns: ACTION_COLUMNS,
    rows: actions.map((a) => ({
      action_id: a.id,
      scan_id: a.scan.id,
      scan_kind: a.scan.kind === "team" ? "team" : "self",
      scan_submitted_at: isoTimestamp(a.scan.submittedAt),
      questionnaire_id: a.questionnaireId,
      questionnaire_version: a.questionnaireVersion,
      domain_id: a.domainId,
      recommendation_id: a.recommendationId,
      title: a.title,
      owner: a.owner || null,
      due_date: a.dueDate ? dayOf(a.dueDate) : null,
      status: a.status,
      overdue: isOverdue(a, today),
      notes: a.notes || null,
      created_at: isoTimestamp(a.createdAt),
      status_changed_at: isoTimestamp(a.statusChangedAt),
      done_at: isoTimestamp(a.doneAt),
    })),
  };
}
