"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { createTranslator } from "next-intl";
import { type ActionState, fieldErrors, NOT_A_FORM, submittedFields } from "@/lib/forms/action-state";
import { loadMessages } from "@/lib/i18n/load-messages";
import type clientMessages from "@/lib/i18n/messages/clients/en.json";
import { getLatestByKind } from "@/lib/questionnaire/registry";
import {
  archiveClientSchema,
  attachScanSchema,
  clientFormSchema,
  idSchema,
  startClientScanSchema,
} from "@/lib/schemas/client";
import { tokenSchema } from "@/lib/schemas/scan";
import { runOnce } from "@/lib/server/actions/submit-keys";
import { requireConsultant } from "@/lib/server/auth/current-consultant";
import { attachScan, startClientScan } from "@/lib/server/clients/client-scans";
import { createClient, getClient, setClientArchived, updateClient } from "@/lib/server/clients/manage-clients";
import { queueScanInvitation } from "@/lib/server/clients/scan-mail";
import { getRequestOrigin } from "@/lib/server/http/request-origin";
import { MAIL_REFUSAL_MESSAGE, MailRefusedError } from "@/lib/server/mail/mail-quota";

/**
 * What the start-scan form gets back: on success the invite link, and a message around it to send; with an
 * address (mail on), where the invitation is being sent.
 */
export type StartScanState = ActionState & { inviteUrl?: string; inviteMessage?: string; mailedTo?: string };

const CLIENT_FIELDS = ["name", "sector", "sizeBand", "notes"] as const;

// Forms that create something carry a one-time key (`submitKey`, made when the page renders). A repeated
// submit with the same key (double click, resent form, retry after a lost response) gets the first one's
// result instead of a second client or invite. The keys live in the database (lib/server/actions/submit-keys.ts), so this
// holds across app servers too.
function once<T>(scope: string, input: unknown, formData: FormData, run: () => Promise<T>): Promise<T> {
  const key = tokenSchema.safeParse(formData.get("submitKey"));
  if (!key.success) return run();
  return runOnce({ scope, key: key.data, input, run });
}

function clientInput(formData: FormData) {
  return clientFormSchema.safeParse({
    name: formData.get("name") ?? "",
    sector: formData.get("sector") ?? "",
    sizeBand: formData.get("sizeBand") ?? "",
    notes: formData.get("notes") ?? "",
  });
}

function invalid(formData: FormData, error: Parameters<typeof fieldErrors>[0], names: readonly string[]) {
  return {
    status: "error",
    message: "errors.checkFields",
    fieldErrors: fieldErrors(error),
    fields: submittedFields(formData, names),
  } satisfies ActionState;
}

export async function createClientAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  if (!(formData instanceof FormData)) return NOT_A_FORM;
  const { workspaceId } = await requireConsultant();
  const parsed = clientInput(formData);
  if (!parsed.success) return invalid(formData, parsed.error, CLIENT_FIELDS);
  const { id: clientId } = await once(`client:${workspaceId}`, parsed.data, formData, () =>
    createClient({ workspaceId, input: parsed.data }),
  );
  revalidatePath("/dashboard");
  redirect(`/clients/${clientId}`);
}

export async function updateClientAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  if (!(formData instanceof FormData)) return NOT_A_FORM;
  const { workspaceId } = await requireConsultant();
  const clientId = idSchema.safeParse(formData.get("clientId"));
  if (!clientId.success) return { status: "error", message: "clients.errors.notFound" };
  const parsed = clientInput(formData);
  if (!parsed.success) return invalid(formData, parsed.error, CLIENT_FIELDS);
  const updated = await updateClient({ workspaceId, clientId: clientId.data, input: parsed.data });
  if (!updated) return { status: "error", message: "clients.errors.notFound" };
  revalidatePath("/dashboard");
  revalidatePath(`/clients/${clientId.data}`);
  redirect(`/clients/${clientId.data}`);
}

export async function setClientArchivedAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  if (!(formData instanceof FormData)) return NOT_A_FORM;
  const { workspaceId } = await requireConsultant();
  const parsed = archiveClientSchema.safeParse({
    clientId: formData.get("clientId"),
    archived: formData.get("archived"),
  });
  if (!parsed.success) return { status: "error", message: "errors.invalidValue" };
  const done = await setClientArchived({ workspaceId, ...parsed.data });
  if (!done) return { status: "error", message: "clients.errors.notFound" };
  revalidatePath("/dashboard");
  revalidatePath(`/clients/${parsed.data.clientId}`);
  redirect(`/clients/${parsed.data.clientId}`);
}

const START_ERRORS = {
  "not-found": "clients.errors.notFound",
  archived: "clients.errors.archived",
  "unknown-questionnaire": "clients.errors.unknownQuestionnaire",
} as const;

export async function startClientScanAction(_previous: StartScanState, formData: FormData): Promise<StartScanState> {
  if (!(formData instanceof FormData)) return NOT_A_FORM;
  const consultant = await requireConsultant();
  const { workspaceId } = consultant;
  const fields = submittedFields(formData, ["kind", "locale", "respondentRole", "team", "email"]);
  const parsed = startClientScanSchema.safeParse({
    clientId: formData.get("clientId"),
    kind: formData.get("kind") ?? "",
    locale: formData.get("locale") ?? "",
    respondentRole: formData.get("respondentRole") ?? "",
    team: formData.get("team") ?? undefined,
    email: formData.get("email") ?? undefined,
  });
  if (!parsed.success) {
    const errors = fieldErrors(parsed.error);
    if (errors.clientId) return { status: "error", message: "clients.errors.notFound", fields };
    return { status: "error", message: "errors.checkFields", fieldErrors: errors, fields };
  }
  const origin = await getRequestOrigin();
  // The invitation is queued inside the one-time run: a double click starts one scan and sends one mail.
  const started = await once(`scan:${workspaceId}`, parsed.data, formData, async () => {
    const result = await startClientScan({ workspaceId, input: parsed.data });
    if (!result.ok || !parsed.data.email) return { ...result, mailed: false };
    try {
      const mail = await queueScanInvitation({
        workspaceId,
        scanId: result.scanId,
        to: parsed.data.email,
        origin,
        senderName: consultant.name,
      });
      return { ...result, mailed: mail !== null };
    } catch (error) {
      // The scan is there and its link shown to copy; the page says why no mail went (lib/server/mail/mail-quota.ts).
      if (!(error instanceof MailRefusedError)) throw error;
      return { ...result, mailed: false, mailRefused: error.reason };
    }
  });
  if (!started.ok) return { status: "error", message: START_ERRORS[started.error], fields };
  revalidatePath(`/clients/${parsed.data.clientId}`);
  const { clientId, kind, locale } = parsed.data;
  const [client, messages] = await Promise.all([getClient({ workspaceId, clientId }), loadMessages(locale)]);
  // The message is for the respondent, so it is in the scan's language, not the consultant's. A translator of
  // its own: the request's translations follow the consultant's locale cookie.
  const t = createTranslator({ locale, messages: messages as typeof clientMessages });
  // The language travels in the link: proxy.ts turns ?lang= into the locale cookie for the respondent.
  const inviteUrl = `${origin}/scan/${started.resumeToken}?lang=${locale}`;
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
    ...(started.mailed && parsed.data.email ? { mailedTo: parsed.data.email } : {}),
    fields,
  };
}

const ATTACH_ERRORS = {
  "not-found": "clients.errors.notFound",
  "unknown-link": "clients.errors.unknownLink",
  "results-link": "clients.errors.resultsLink",
  "other-client": "clients.errors.otherClient",
} as const;

export async function attachScanAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  if (!(formData instanceof FormData)) return NOT_A_FORM;
  const { workspaceId } = await requireConsultant();
  const fields = submittedFields(formData, ["link"]);
  const parsed = attachScanSchema.safeParse({
    clientId: formData.get("clientId"),
    link: formData.get("link") ?? "",
  });
  if (!parsed.success) {
    const errors = fieldErrors(parsed.error);
    // One field: its own error says it all, no "check the fields below" on top. A bad id is a missing client.
    return errors.link
      ? { status: "error", fieldErrors: { link: errors.link }, fields }
      : { status: "error", message: "clients.errors.notFound", fields };
  }
  const attached = await attachScan({ workspaceId, clientId: parsed.data.clientId, token: parsed.data.link });
  if (!attached.ok) {
    const message = ATTACH_ERRORS[attached.error];
    // A problem with the link belongs to the field; a missing client to the form.
    return attached.error === "not-found"
      ? { status: "error", message, fields }
      : { status: "error", fieldErrors: { link: message }, fields };
  }
  revalidatePath("/dashboard");
  revalidatePath(`/clients/${parsed.data.clientId}`);
  return { status: "idle", message: attached.alreadyLinked ? "clients.attach.alreadyHere" : "clients.attach.added" };
}
