"use server";

import { revalidatePath } from "next/cache";
import { personalLinksSchema } from "@/app/actions/rounds/add-personal-links.schema";
import type { PersonalLinksState } from "@/lib/forms/action-state";
import { readInviteeLines } from "@/lib/mail/invitee-lines";
import { addressKey } from "@/lib/security/client-address";
import { defineFormAction } from "@/lib/server/actions/define-form-action";
import { getConsultant } from "@/lib/server/auth/current-consultant";
import { getClientAddress, getRequestOrigin } from "@/lib/server/http/request-origin";
import { mailEnabled } from "@/lib/server/mail/mail-config";
import { MAIL_REFUSAL_MESSAGE } from "@/lib/server/mail/mail-quota";
import { getRoundByOrganiserToken } from "@/lib/server/rounds/get-round";
import { ANONYMOUS_ROUND_MAIL_CAP, addPersonalLinks } from "@/lib/server/rounds/join-round";
import { reserveWindowAttempt } from "@/lib/server/throttle/reserve-window-attempt";

/** Lists mailed from rounds without an account, per network and hour. */
const ANONYMOUS_MAIL_PER_NETWORK = { maxAttempts: 10, windowMinutes: 60 };

/** The organiser adds personal links (names or, with mail, addresses), one per line. */
export const addPersonalLinksAction = defineFormAction<typeof personalLinksSchema, "public", PersonalLinksState>({
  access: "public",
  schema: personalLinksSchema,
  read: (formData) => ({ token: formData.get("token"), list: formData.get("list") ?? "" }),
  refill: ["list", "sendMail"],
  invalid: (error, fields) => {
    const issue = error.issues.find((i) => i.path[0] === "list");
    if (!issue) return { status: "error", message: "round.errors.notFound", fields };
    const params = (issue as { params?: Record<string, string> }).params;
    return { status: "error", fieldErrors: { list: issue.message }, values: params, fields };
  },
  handler: async ({ token }, { formData, fields }): Promise<PersonalLinksState> => {
    // "Send by mail" (only offered when mail is on): every line meant as an address must be a valid one, or
    // nothing is stored; names stay links to copy.
    const round = await getRoundByOrganiserToken(token);
    if (!round) return { status: "error", message: "round.errors.notFound", fields };
    // A sealed round mails every link (never shown): then every line must be an address, and mail must be on.
    if (round.sealed && !mailEnabled()) return { status: "error", message: "anonymity.errors.sealedMailOff", fields };
    const sendMail = (formData.get("sendMail") === "on" || round.sealed) && mailEnabled();
    const lines = readInviteeLines(String(formData.get("list") ?? "").split(/\r?\n/), { sendMail });
    if (lines.invalid.length > 0) {
      return {
        status: "error",
        fieldErrors: { list: "mail.errors.invalidLines" },
        invalidLines: lines.invalid.map((line) => ({ line: line.line, value: line.value.slice(0, 200) })),
        fields,
      };
    }
    if (round.sealed && lines.invitees.some((line) => !line.address)) {
      return { status: "error", fieldErrors: { list: "anonymity.errors.sealedNamesOnly" }, fields };
    }
    // A round without a client was opened without an account: its mail is limited per round and per network.
    const anonymous = round.clientId === null;
    if (sendMail && anonymous) {
      const ip = await getClientAddress();
      const allowed = ip
        ? await reserveWindowAttempt({ key: `round-mail-ip:${addressKey(ip)}`, rule: ANONYMOUS_MAIL_PER_NETWORK })
        : { ok: true as const };
      if (!allowed.ok) return { status: "error", message: "mail.errors.throttled", fields };
    }
    const mail = sendMail
      ? { origin: await getRequestOrigin(), senderName: (await getConsultant())?.name ?? null }
      : undefined;
    const added = await addPersonalLinks({
      scanId: round.id,
      invitees: lines.invitees.map((line) => line.invitee),
      locale: round.locale,
      mail,
      mailCap: anonymous ? ANONYMOUS_ROUND_MAIL_CAP : undefined,
    });
    if (!added.ok) {
      if (added.error === "unverified" || added.error === "daily-limit") {
        return { status: "error", message: MAIL_REFUSAL_MESSAGE[added.error], fields };
      }
      if (added.error === "mail-limit") {
        return {
          status: "error",
          message: "mail.errors.roundLimit",
          values: { max: ANONYMOUS_ROUND_MAIL_CAP },
          fields,
        };
      }
      const message = {
        closed: "errors.roundClosed",
        sealed: "anonymity.errors.sealedNamesOnly",
        "not-found": "round.errors.notFound",
      };
      return { status: "error", message: message[added.error], fields };
    }
    revalidatePath(`/rounds/${token}`);
    return { status: "idle", message: "mail.links.added", values: { count: added.added, mailed: added.mailed } };
  },
});
