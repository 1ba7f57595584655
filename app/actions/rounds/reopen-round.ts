"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { ROUND_NOT_FOUND, readOrganiserToken } from "@/app/actions/rounds/organiser-round";
import { organiserTokenSchema } from "@/lib/schemas/round";
import { defineFormAction } from "@/lib/server/actions/define-form-action";
import { reopenRound } from "@/lib/server/rounds/close-round";
import { getRoundByOrganiserToken } from "@/lib/server/rounds/get-round";

export const reopenRoundAction = defineFormAction({
  access: "public",
  schema: organiserTokenSchema,
  read: readOrganiserToken,
  invalid: () => ROUND_NOT_FOUND,
  handler: async ({ token }) => {
    const round = await getRoundByOrganiserToken(token);
    if (!round) return ROUND_NOT_FOUND;
    const reopened = await reopenRound({ scanId: round.id });
    if (!reopened.ok) {
      return {
        status: "error",
        message: `round.errors.${reopened.error === "published" ? "reopenPublished" : "notFound"}`,
      };
    }
    if (round.clientId) revalidatePath(`/clients/${round.clientId}`);
    redirect(`/rounds/${token}`);
  },
});
