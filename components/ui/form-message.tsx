"use client";

import { useTranslations } from "next-intl";

/** Announces a form-level message to screen readers as it appears. */
export function FormMessage({
  message,
  values,
  id,
}: {
  message?: string;
  values?: Record<string, string | number>;
  id?: string;
}) {
  const t = useTranslations();
  return (
    <div id={id} aria-live="polite" role="status" className="min-h-6">
      {message && <p className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">{t(message, values)}</p>}
    </div>
  );
}
