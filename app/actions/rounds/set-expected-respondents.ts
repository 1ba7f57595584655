"use server";

import { revalidatePath } from "next/cache";
import { ROUND_NOT_FOUND } from "@/app/actions/rounds/organiser-round";
import { expectedRespondentsFormSchema } from "@/app/actions/rounds/set-expected-respondents.schema";
import { defineFormAction } from "@/lib/server/actions/define-form-action";
import { getRoundByOrganiserToken } from "@/lib/server/rounds/get-round";
import { setExpectedRespondents } from "@/lib/server/rounds/join-round";

const EXPECTED_ERRORS = {
  closed: "errors.roundClosed",
  sealed: "anonymity.join.sealedRefused",
  "below-joined": "anonymity.errors.belowJoined",
} as const;

/** The organiser changes the expected respondents (the team link's cap) while the round is open. */
export const setExpectedRespondentsAction = defineFormAction({
  access: "public",
  schema: expectedRespondentsFormSchema,
  read: (formData) => ({
    token: formData.get("token"),
    expectedRespondents: formData.get("expectedRespondents") ?? "",
  }),
  refill: ["expectedRespondents"],
  invalid: (error, fields) =>
    error.issues.some((issue) => issue.path[0] === "token")
      ? ROUND_NOT_FOUND
      : { status: "error", fieldErrors: { expectedRespondents: "anonymity.errors.expected" }, fields },
  handler: async ({ token, expectedRespondents }, { fields }) => {
    const round = await getRoundByOrganiserToken(token);
    if (!round) return ROUND_NOT_FOUND;
    const done = await setExpectedRespondents({ scanId: round.id, expected: expectedRespondents });
    if (!done.ok) {
      return {
        status: "error",
        fieldErrors: { expectedRespondents: EXPECTED_ERRORS[done.error] },
        values: { joined: done.joined ?? 0 },
        fields,
      };
    }
    revalidatePath(`/rounds/${token}`);
    return { status: "idle", message: "anonymity.expected.saved" };
  },
});
