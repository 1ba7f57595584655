"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { setClientArchivedAction } from "@/app/actions/clients/set-client-archived";
import { PRIMARY_BUTTON } from "@/components/ui/button-styles";
import { cardClass } from "@/components/ui/card";
import { FormMessage } from "@/components/ui/form-message";
import { initialActionState } from "@/lib/forms/action-state";

/**
 * Archiving takes two steps (open, then "Yes, archive") so it never happens by a stray click; restoring is
 * one step because it only brings something back. Nothing is ever deleted.
 */
export function ArchiveControl({ clientId, name, archived }: { clientId: string; name: string; archived: boolean }) {
  const t = useTranslations("clients.archive");
  const [state, formAction, pending] = useActionState(setClientArchivedAction, initialActionState);
  const form = (
    <form action={formAction} className="space-y-3">
      <input type="hidden" name="clientId" value={clientId} />
      <input type="hidden" name="archived" value={archived ? "false" : "true"} />
      <button
        type="submit"
        disabled={pending}
        className={
          archived
            ? PRIMARY_BUTTON
            : "rounded-lg bg-red-700 px-5 py-2.5 font-semibold text-white hover:bg-red-800 disabled:opacity-60"
        }
      >
        {archived ? t(pending ? "restoring" : "restore") : t(pending ? "archiving" : "confirm")}
      </button>
      <FormMessage message={state.status === "error" ? state.message : undefined} />
    </form>
  );
  if (archived) return form;
  return (
    <details className={cardClass({ padding: "none", className: "group" })}>
      <summary className="cursor-pointer rounded-xl px-5 py-4 font-medium text-stone-800 hover:bg-stone-50">
        {t("open")}
      </summary>
      <div className="space-y-3 border-t border-stone-200 px-5 py-4">
        <p className="text-stone-700">{t("confirmText", { name })}</p>
        {form}
      </div>
    </details>
  );
}
