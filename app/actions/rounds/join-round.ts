"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import {
  choiceRefused,
  GROUP_CHOICE_FIELDS,
  groupChoiceInvalid,
  readGroupChoice,
} from "@/app/actions/rounds/group-choice";
import { roundCookieName, roundCookieOptions } from "@/lib/rounds/round-cookie";
import { joinRoundSchema } from "@/lib/schemas/round";
import { tokenSchema } from "@/lib/schemas/scan";
import { createToken } from "@/lib/security/tokens";
import { defineFormAction } from "@/lib/server/actions/define-form-action";
import { getClientAddress } from "@/lib/server/http/request-origin";
import { joinRound } from "@/lib/server/rounds/join-round";

/** The cookie that tells one browser from another for the join limit; it holds nothing else. */
const BROWSER_COOKIE = "kk_browser";

/** The team link: every browser gets its own response; the browser remembers it, so reopening the link resumes. */
export const joinRoundAction = defineFormAction({
  access: "public",
  schema: joinRoundSchema,
  read: readGroupChoice,
  refill: GROUP_CHOICE_FIELDS,
  invalid: groupChoiceInvalid,
  handler: async ({ token, role, team }, { fields }) => {
    const cookieStore = await cookies();
    // A random id per browser, for the per-browser join limit (a browser without it gets one now).
    const known = tokenSchema.safeParse(cookieStore.get(BROWSER_COOKIE)?.value);
    const browserId = known.success ? known.data : createToken();
    if (!known.success) cookieStore.set(BROWSER_COOKIE, browserId, roundCookieOptions());
    const joined = await joinRound({
      teamToken: token,
      role,
      team,
      locale: await getLocale(),
      requester: { ip: await getClientAddress(), browserId },
    });
    if (!joined.ok) {
      return choiceRefused(joined.error, fields, "retryAfterSeconds" in joined ? joined.retryAfterSeconds : undefined);
    }
    cookieStore.set(roundCookieName(token), joined.resumeToken, roundCookieOptions());
    redirect(`/scan/${joined.resumeToken}`);
  },
});
