"use server";

import { redirect } from "next/navigation";
import { readRoundForm, refillRoundForm, SEALED_NEEDS_MAIL } from "@/app/actions/rounds/round-form";
import { startRoundSchema } from "@/lib/schemas/round";
import { defineFormAction } from "@/lib/server/actions/define-form-action";
import { mailEnabled } from "@/lib/server/mail/mail-config";
import { createRound } from "@/lib/server/rounds/create-round";

/**
 * A manager without an account opens a round from the landing page and gets the private organiser link. The form's
 * one-time key makes a double click, a resent form or a retry after a lost response one round.
 */
export const startRoundAction = defineFormAction({
  access: "public",
  schema: startRoundSchema,
  read: (formData) => readRoundForm(formData),
  refill: refillRoundForm,
  handler: async (input, { fields, once }) => {
    if (input.mode === "sealed" && !mailEnabled()) return { ...SEALED_NEEDS_MAIL, fields };
    const created = await once("round", input, () => createRound({ input }));
    if (!created.ok) return { status: "error", message: "errors.unknownQuestionnaire" };
    redirect(`/rounds/${created.organiserToken}?new=1`);
  },
});
