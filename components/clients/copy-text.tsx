"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";

/** A read-only block of text to paste elsewhere (an invite message), with a copy button. */
export function CopyText({ id, text, label, hint }: { id: string; text: string; label: string; hint?: string }) {
  const t = useTranslations("common");
  const [copied, setCopied] = useState(false);
  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setCopied(true);
      setTimeout(() => setCopied(false), 2500);
    } catch {
      setCopied(false);
    }
  }
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="text-sm font-medium">
        {label}
      </label>
      <textarea
        id={id}
        readOnly
        value={text}
        rows={9}
        onFocus={(event) => event.currentTarget.select()}
        aria-describedby={hint ? `${id}-hint` : undefined}
        className="block w-full rounded-md border border-stone-300 bg-stone-50 px-2 py-1.5 text-sm"
      />
      {hint && (
        <p id={`${id}-hint`} className="text-sm text-stone-600">
          {hint}
        </p>
      )}
      <button
        type="button"
        onClick={copy}
        className="rounded-md border border-brand-700 px-3 py-1.5 text-sm font-medium text-brand-800 hover:bg-brand-50"
      >
        {copied ? t("copied") : t("copy")}
      </button>
      <p aria-live="polite" className="sr-only">
        {copied ? t("copied") : ""}
      </p>
    </div>
  );
}
