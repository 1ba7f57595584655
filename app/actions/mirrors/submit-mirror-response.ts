"use server";

import { cookies } from "next/headers";
import { RedirectType, redirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import {
  mirrorResponseFields,
  readMirrorResponseForm,
  submitMirrorResponseSchema,
} from "@/app/actions/mirrors/submit-mirror-response.schema";
import { type ActionState, fieldErrors } from "@/lib/forms/action-state";
import { roundCookieOptions } from "@/lib/rounds/round-cookie";
import { tokenSchema } from "@/lib/schemas/scan";
import { createToken } from "@/lib/security/tokens";
import { defineFormAction } from "@/lib/server/actions/define-form-action";
import { getClientAddress } from "@/lib/server/http/request-origin";
import { type SubmitMirrorResult, submitMirrorResponse } from "@/lib/server/mirrors/submit-mirror-response";

/** The cookie that tells one browser from another for the per-browser limit (shared with the team link's). */
const BROWSER_COOKIE = "kk_browser";

const REFUSALS = {
  "not-found": "mirrorRespond.errors.notFound",
  closed: "mirrorRespond.errors.closed",
  used: "mirrorRespond.errors.used",
  empty: "mirrorRespond.errors.empty",
} as const;

/** A refused hand-in: the message, and everything the customer chose, so the form shows it again. */
function refused(result: Exclude<SubmitMirrorResult, { ok: true }>, fields: Record<string, string>): ActionState {
  if (result.error === "throttled") {
    const minutes = Math.max(1, Math.ceil(result.retryAfterSeconds / 60));
    return { status: "error", message: "mirrorRespond.errors.throttled", values: { minutes }, fields };
  }
  if (result.error === "invalid") {
    return {
      status: "error",
      message: "mirrorRespond.errors.check",
      fieldErrors: { [result.field]: `mirrorRespond.errors.${result.field}` },
      fields,
    };
  }
  return { status: "error", message: REFUSALS[result.error], fields };
}

class Refused extends Error {
  constructor(readonly result: Exclude<SubmitMirrorResult, { ok: true }>) {
    super(result.error);
  }
}

/** Where a customer lands after handing in; a kiosk replaces its page, so Back never returns to the answers. */
function thanksPath(kind: "public" | "personal" | "kiosk", token: string): string {
  if (kind === "personal") return `/c/i/${token}/thanks`;
  if (kind === "kiosk") return `/kiosk/${token}/thanks`;
  return `/c/${token}/thanks`;
}

/** A customer hands in the mirror's form: through the public link, a personal link or a kiosk. */
export const submitMirrorResponseAction = defineFormAction({
  access: "public",
  schema: submitMirrorResponseSchema,
  read: readMirrorResponseForm,
  refill: mirrorResponseFields,
  invalid: (error, fields) => {
    const errors = fieldErrors(error);
    if (errors.token || errors.kind) return { status: "error", message: "mirrorRespond.errors.notFound" };
    return { status: "error", message: "mirrorRespond.errors.check", fieldErrors: errors, fields };
  },
  handler: async (input, { fields, once }) => {
    const { kind, token } = input;
    let browserId = "";
    if (kind === "public") {
      // A random id per browser, for the per-browser limit (a browser without it gets one now).
      const cookieStore = await cookies();
      const known = tokenSchema.safeParse(cookieStore.get(BROWSER_COOKIE)?.value);
      browserId = known.success ? known.data : createToken();
      if (!known.success) cookieStore.set(BROWSER_COOKIE, browserId, roundCookieOptions());
    }
    const [locale, ip] = await Promise.all([getLocale(), getClientAddress()]);
    const submit = async () => {
      const result = await submitMirrorResponse({
        link: { kind, token },
        submission: {
          answers: input.answers,
          nps: input.nps,
          mark: input.mark,
          comment: input.comment || null,
          segment: input.segment || null,
        },
        locale,
        requester: { ip, browserId },
      });
      // A refusal is not remembered for this submit key: the same form, sent again later, is tried again.
      if (!result.ok) throw new Refused(result);
      return result;
    };
    try {
      // A double click or a resent form stores one response, not two.
      await once("mirror-response", input, submit);
    } catch (error) {
      if (error instanceof Refused) {
        // On a shared tablet a final refusal (closed, unknown) keeps nothing on screen for the next customer to
        // see; a refusal the customer can wait out or correct keeps their choices, so nothing is lost.
        const final = error.result.error === "closed" || error.result.error === "not-found";
        return refused(error.result, kind === "kiosk" && final ? {} : fields);
      }
      throw error;
    }
    redirect(thanksPath(kind, token), kind === "kiosk" ? RedirectType.replace : RedirectType.push);
  },
});
