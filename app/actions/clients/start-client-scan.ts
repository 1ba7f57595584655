"use server";

import { revalidatePath } from "next/cache";
import { createTranslator } from "next-intl";
import { fieldErrors, type StartScanState } from "@/lib/forms/action-state";
import { loadMessages } from "@/lib/i18n/load-messages";
import type clientMessages from "@/lib/i18n/messages/clients/en.json";
import { absoluteUrl } from "@/lib/links/absolute-url";
import { getLatestByKind } from "@/lib/questionnaire/registry";
import { startClientScanSchema } from "@/lib/schemas/client";
import { defineFormAction } from "@/lib/server/actions/define-form-action";
import { startClientScan } from "@/lib/server/clients/client-scans";
import { getClient } from "@/lib/server/clients/manage-clients";
import { queueScanInvitation } from "@/lib/server/clients/scan-mail";
import { getRequestOrigin } from "@/lib/server/http/request-origin";
import { MAIL_REFUSAL_MESSAGE, MailRefusedError } from "@/lib/server/mail/mail-quota";

const START_ERRORS = {
  "not-found": "clients.errors.notFound",
  archived: "clients.errors.archived",
  "unknown-questionnaire": "clients.errors.unknownQuestionnaire",
} as const;

/** A self-scan for a client: its invite link to copy, a message around it, and with an address an invitation mail. */
export const startClientScanAction = defineFormAction<typeof startClientScanSchema, "consultant", StartScanState>({
  access: "consultant",
  schema: startClientScanSchema,
  read: (formData) => ({
    clientId: formData.get("clientId"),
    kind: formData.get("kind") ?? "",
    locale: formData.get("locale") ?? "",
    respondentRole: formData.get("respondentRole") ?? "",
    team: formData.get("team") ?? undefined,
    email: formData.get("email") ?? undefined,
  }),
  refill: ["kind", "locale", "respondentRole", "team", "email"],
  invalid: (error, fields) => {
    const errors = fieldErrors(error);
    if (errors.clientId) return { status: "error", message: "clients.errors.notFound", fields };
    return { status: "error", message: "errors.checkFields", fieldErrors: errors, fields };
  },
  handler: async (input, { caller, fields, once }) => {
    const { workspaceId } = caller;
    const origin = await getRequestOrigin();
    // The invitation is queued inside the one-time run: a double click starts one scan and sends one mail.
    const started = await once(`scan:${workspaceId}`, input, async () => {
      const result = await startClientScan({ workspaceId, input });
      if (!result.ok || !input.email) return { ...result, mailed: false };
      try {
        const mail = await queueScanInvitation({
          workspaceId,
          scanId: result.scanId,
          to: input.email,
          origin,
          senderName: caller.name,
        });
        return { ...result, mailed: mail !== null };
      } catch (error) {
        // The scan is there and its link shown to copy; the page says why no mail went (lib/server/mail/mail-quota.ts).
        if (!(error instanceof MailRefusedError)) throw error;
        return { ...result, mailed: false, mailRefused: error.reason };
      }
    });
    if (!started.ok) return { status: "error", message: START_ERRORS[started.error], fields };
    revalidatePath(`/clients/${input.clientId}`);
    const { clientId, kind, locale } = input;
    const [client, messages] = await Promise.all([getClient({ workspaceId, clientId }), loadMessages(locale)]);
    // The message is for the respondent, so it is in the scan's language, not the consultant's. A translator of
    // its own: the request's translations follow the consultant's locale cookie.
    const t = createTranslator({ locale, messages: messages as typeof clientMessages });
    // The language travels in the link: proxy.ts turns ?lang= into the locale cookie for the respondent.
    const inviteUrl = absoluteUrl({ origin, path: `/scan/${started.resumeToken}`, lang: locale });
    const minutes = getLatestByKind(kind)?.estimatedMinutes ?? 0;
    const organisation = client?.name ?? "";
    return {
      status: "idle",
      message:
        "mailRefused" in started && started.mailRefused
          ? MAIL_REFUSAL_MESSAGE[started.mailRefused]
          : "clients.scan.created",
      inviteUrl,
      inviteMessage: t("clients.scan.message", {
        scan: t(`clients.scan.messageScan.${kind}`),
        organisation,
        minutes,
        link: inviteUrl,
      }),
      ...(started.mailed && input.email ? { mailedTo: input.email } : {}),
      fields,
    };
  },
});
