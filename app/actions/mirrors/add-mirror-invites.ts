"use server";

import { revalidatePath } from "next/cache";
import {
  addMirrorInvitesSchema,
  MAX_CSV_BYTES,
  type MirrorInvitesState,
} from "@/app/actions/mirrors/add-mirror-invites.schema";
import { MIRROR_NOT_FOUND } from "@/app/actions/mirrors/mirror-organiser";
import { readCsvInvites, readPastedInvites } from "@/lib/mail/mirror-invite-list";
import { addressKey } from "@/lib/security/client-address";
import { defineFormAction } from "@/lib/server/actions/define-form-action";
import { getConsultant } from "@/lib/server/auth/current-consultant";
import { getClientAddress, getRequestOrigin } from "@/lib/server/http/request-origin";
import { MAIL_REFUSAL_MESSAGE } from "@/lib/server/mail/mail-quota";
import { addMirrorInvites } from "@/lib/server/mirrors/add-mirror-invites";
import { getMirrorForOrganiser } from "@/lib/server/mirrors/get-mirror-for-organiser";
import { reserveWindowAttempt } from "@/lib/server/throttle/reserve-window-attempt";

/** Lists mailed from mirrors without an account, per network and hour (as for rounds). */
const ANONYMOUS_MAIL_PER_NETWORK = { maxAttempts: 10, windowMinutes: 60 };

async function readForm(formData: FormData) {
  const file = formData.get("file");
  const csv =
    file instanceof File && file.size > 0
      ? file.size > MAX_CSV_BYTES
        ? "x".repeat(MAX_CSV_BYTES + 1)
        : await file.text()
      : "";
  const text = (name: string) => {
    const value = formData.get(name);
    return typeof value === "string" ? value : "";
  };
  return { token: formData.get("token"), list: text("list"), csv, segment: text("segment") };
}

/**
 * The organiser hands in addresses (pasted, or a CSV file) for personal links. Good lines are invited at once;
 * bad lines are reported by number and left out; addresses already in the list or already invited are skipped,
 * so handing in a corrected list again mails nobody twice.
 */
export const addMirrorInvitesAction = defineFormAction<typeof addMirrorInvitesSchema, "public", MirrorInvitesState>({
  access: "public",
  schema: addMirrorInvitesSchema,
  read: readForm,
  refill: ["list", "segment"],
  invalid: (error, fields) => {
    if (error.issues.some((issue) => issue.path[0] === "token")) return MIRROR_NOT_FOUND;
    const issue = error.issues[0];
    const field = issue?.path[0] === "csv" ? "file" : "list";
    return { status: "error", fieldErrors: { [field]: issue?.message ?? "errors.invalidValue" }, fields };
  },
  handler: async ({ token, list, csv, segment }, { fields }): Promise<MirrorInvitesState> => {
    const mirror = await getMirrorForOrganiser(token);
    if (!mirror) return MIRROR_NOT_FOUND;
    if (mirror.closed) return { status: "error", message: "mirrorOrganise.errors.closed", fields };
    const chosen = segment ? mirror.segmentList.find((s) => s === segment) : null;
    if (chosen === undefined) return { status: "error", fieldErrors: { segment: "errors.invalidValue" }, fields };
    const read = csv.trim()
      ? readCsvInvites(csv, { segments: mirror.segmentList })
      : readPastedInvites(list, { segment: chosen });
    if (read.entries.length === 0) {
      return {
        status: "error",
        fieldErrors: { [csv.trim() ? "file" : "list"]: "mirrorOrganise.errors.noAddresses" },
        problems: read.problems.slice(0, 100),
        fields,
      };
    }
    if (mirror.clientId === null) {
      const ip = await getClientAddress();
      const allowed = ip
        ? await reserveWindowAttempt({ key: `mirror-mail-ip:${addressKey(ip)}`, rule: ANONYMOUS_MAIL_PER_NETWORK })
        : { ok: true as const };
      if (!allowed.ok) return { status: "error", message: "mail.errors.throttled", fields };
    }
    const added = await addMirrorInvites({
      mirrorId: mirror.id,
      entries: read.entries,
      origin: await getRequestOrigin(),
      senderName: (await getConsultant())?.name ?? null,
    });
    if (!added.ok) {
      if (added.error === "unverified" || added.error === "daily-limit") {
        return { status: "error", message: MAIL_REFUSAL_MESSAGE[added.error], fields };
      }
      const message = {
        "mail-off": "mail.errors.off",
        "not-found": "mirrorOrganise.errors.notFound",
        closed: "mirrorOrganise.errors.closed",
        cap: "mirrorOrganise.errors.cap",
      }[added.error];
      return { status: "error", message, values: { max: added.max ?? 0 }, fields };
    }
    revalidatePath(`/mirrors/${token}`);
    return {
      status: "idle",
      message: "mirrorOrganise.invites.added",
      values: { count: added.added, skipped: added.alreadyInvited + read.duplicates, bad: read.problems.length },
      problems: read.problems.slice(0, 100),
    };
  },
});
