"use client";

import { useTranslations } from "next-intl";

export type SaveStatus = { kind: "idle" } | { kind: "saving" } | { kind: "saved" } | { kind: "error"; message: string };

/** The visible and announced state of the answer auto-save. */
export function SaveStatusText({ status }: { status: SaveStatus }) {
  const t = useTranslations();
  const text =
    status.kind === "saving"
      ? t("scan.saving")
      : status.kind === "saved"
        ? t("scan.saved")
        : status.kind === "error"
          ? t(status.message)
          : t("scan.autosave");
  const tone =
    status.kind === "error"
      ? "text-red-700 font-medium"
      : status.kind === "saved"
        ? "text-brand-700"
        : "text-stone-600";
  return (
    <p role="status" aria-live="polite" data-save-state={status.kind} className={`text-sm ${tone}`}>
      {status.kind === "saved" && <span aria-hidden="true">✓ </span>}
      {text}
    </p>
  );
}
