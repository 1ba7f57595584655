"use client";

import { CopyButton } from "@/components/ui/copy-button";

/** A link shown in full (so it can be copied by hand) with a copy button. */
export function CopyLink({ url, label, hint }: { url: string; label: string; hint?: string }) {
  const id = `copy-${label.replace(/\W+/g, "-").toLowerCase()}`;
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="text-sm font-medium">
        {label}
      </label>
      <div className="flex gap-2">
        <input
          id={id}
          readOnly
          value={url}
          onFocus={(event) => event.currentTarget.select()}
          className="min-w-0 flex-1 rounded-md border border-stone-300 bg-stone-50 px-2 py-1.5 font-mono text-sm"
          aria-describedby={hint ? `${id}-hint` : undefined}
        />
        <CopyButton text={url} />
      </div>
      {hint && (
        <p id={`${id}-hint`} className="text-sm text-stone-600">
          {hint}
        </p>
      )}
    </div>
  );
}
