"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import {
  choiceRefused,
  GROUP_CHOICE_FIELDS,
  groupChoiceInvalid,
  readGroupChoice,
} from "@/app/actions/rounds/group-choice";
import { inviteCookieName, roundCookieOptions } from "@/lib/rounds/round-cookie";
import { joinRoundSchema } from "@/lib/schemas/round";
import { defineFormAction } from "@/lib/server/actions/define-form-action";
import { claimInvite } from "@/lib/server/rounds/join-round";

/** A personal link: the respondent picks role and team once and gets a resume link only their browser holds. */
export const claimInviteAction = defineFormAction({
  access: "public",
  schema: joinRoundSchema,
  read: readGroupChoice,
  refill: GROUP_CHOICE_FIELDS,
  invalid: groupChoiceInvalid,
  handler: async ({ token, role, team }, { fields }) => {
    const claimed = await claimInvite({ inviteToken: token, role, team });
    if (!claimed.ok) {
      if (claimed.error === "claimed") redirect(`/invite/${token}`);
      return choiceRefused(claimed.error, fields);
    }
    (await cookies()).set(inviteCookieName(token), claimed.resumeToken, roundCookieOptions());
    redirect(`/scan/${claimed.resumeToken}`);
  },
});
