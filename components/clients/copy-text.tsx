"use client";

import { CopyButton } from "@/components/ui/copy-button";

/** A read-only block of text to paste elsewhere (an invite message), with a copy button. */
export function CopyText({ id, text, label, hint }: { id: string; text: string; label: string; hint?: string }) {
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
      <CopyButton text={text} />
    </div>
  );
}
