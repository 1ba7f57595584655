"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";

/** Copies a text to the clipboard; says "Copied" on the button and to screen readers for a moment. */
export function CopyButton({ text }: { text: string }) {
  const t = useTranslations("common");
  const [copied, setCopied] = useState(false);
  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setCopied(true);
      setTimeout(() => setCopied(false), 2500);
    } catch {
      // No clipboard access (insecure context, denied): the text stays selectable by hand.
      setCopied(false);
    }
  }
  return (
    <>
      <button
        type="button"
        onClick={copy}
        className="no-print shrink-0 rounded-md border border-brand-700 px-3 py-1.5 text-sm font-medium text-brand-800 hover:bg-brand-50"
      >
        {copied ? t("copied") : t("copy")}
      </button>
      <span aria-live="polite" className="sr-only">
        {copied ? t("copied") : ""}
      </span>
    </>
  );
}
