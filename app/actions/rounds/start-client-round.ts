"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { readRoundForm, refillRoundForm, SEALED_NEEDS_MAIL } from "@/app/actions/rounds/round-form";
import { startClientRoundSchema } from "@/app/actions/rounds/start-client-round.schema";
import { fieldErrors } from "@/lib/forms/action-state";
import { startRoundSchema } from "@/lib/schemas/round";
import { defineFormAction } from "@/lib/server/actions/define-form-action";
import { getClient } from "@/lib/server/clients/manage-clients";
import { mailEnabled } from "@/lib/server/mail/mail-config";
import { createRound } from "@/lib/server/rounds/create-round";

/**
 * A consultant opens a round for a client; it is filed under the client from the start. The wrapper parses the
 * client; the round's own fields are parsed once the client is found, since its name is the organisation's.
 */
export const startClientRoundAction = defineFormAction({
  access: "consultant",
  schema: startClientRoundSchema,
  read: (formData) => ({ clientId: formData.get("clientId") }),
  refill: refillRoundForm,
  invalid: () => ({ status: "error", message: "clients.errors.notFound" }),
  handler: async ({ clientId }, { caller: { workspaceId }, formData, fields, once }) => {
    const found = await getClient({ workspaceId, clientId });
    if (!found) return { status: "error", message: "clients.errors.notFound" };
    if (found.archivedAt) return { status: "error", message: "clients.errors.archived" };
    const parsed = startRoundSchema.safeParse(readRoundForm(formData, found.name));
    if (parsed.success && parsed.data.mode === "sealed" && !mailEnabled()) return { ...SEALED_NEEDS_MAIL, fields };
    if (!parsed.success) {
      return { status: "error", message: "errors.checkFields", fieldErrors: fieldErrors(parsed.error), fields };
    }
    const input = parsed.data;
    const created = await once(`round:${found.id}`, input, () => createRound({ input, clientId: found.id }));
    if (!created.ok) return { status: "error", message: "errors.unknownQuestionnaire" };
    revalidatePath(`/clients/${found.id}`);
    redirect(`/rounds/${created.organiserToken}`);
  },
});
