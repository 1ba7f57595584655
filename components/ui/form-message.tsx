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

/** Announces that a form was saved; the live region is always there, so the message is read as it appears. */
export function FormSuccess({ message, values }: { message?: string; values?: Record<string, string | number> }) {
  const t = useTranslations();
  return (
    <div role="status" aria-live="polite">
      {message && <p className="rounded-md bg-emerald-50 px-3 py-2 text-sm text-emerald-900">{t(message, values)}</p>}
    </div>
  );
}
