"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { PRIMARY_BUTTON } from "@/components/ui/button-styles";
import { CopyButton } from "@/components/ui/copy-button";

/**
 * The team link as the page's next step (the one filled button: copy it), and a ready-to-send message with the
 * link in it to paste into a mail or chat.
 */
export function TeamLinkShare({
  url,
  label,
  hint,
  message,
}: {
  url: string;
  label: string;
  hint: string;
  message: { title: string; lead: string; text: string };
}) {
  const t = useTranslations();
  const [copied, setCopied] = useState(false);
  async function copy() {
    try {
      await navigator.clipboard.writeText(url);
      setCopied(true);
      setTimeout(() => setCopied(false), 2500);
    } catch {
      // No clipboard access: the link stays selectable by hand.
      setCopied(false);
    }
  }
  return (
    <div className="space-y-4">
      <div className="space-y-1">
        <label htmlFor="team-link" className="text-sm font-medium">
          {label}
        </label>
        <input
          id="team-link"
          readOnly
          value={url}
          onFocus={(event) => event.currentTarget.select()}
          aria-describedby="team-link-hint"
          className="w-full min-w-0 rounded-md border border-stone-300 bg-stone-50 px-2 py-1.5 font-mono text-sm"
        />
        <p id="team-link-hint" className="text-sm text-stone-600">
          {hint}
        </p>
        <button type="button" onClick={copy} className={`${PRIMARY_BUTTON} no-print inline-flex`}>
          {copied ? t("common.copied") : t("round.organiser.copyTeamLink")}
        </button>
        <span aria-live="polite" className="sr-only">
          {copied ? t("common.copied") : ""}
        </span>
      </div>
      <div className="space-y-1">
        <label htmlFor="team-message" className="text-sm font-medium">
          {message.title}
        </label>
        <p id="team-message-hint" className="text-sm text-stone-600">
          {message.lead}
        </p>
        <textarea
          id="team-message"
          readOnly
          value={message.text}
          rows={9}
          onFocus={(event) => event.currentTarget.select()}
          aria-describedby="team-message-hint"
          className="w-full rounded-md border border-stone-300 bg-stone-50 px-2 py-1.5 text-sm"
        />
        <CopyButton text={message.text} />
      </div>
    </div>
  );
}
