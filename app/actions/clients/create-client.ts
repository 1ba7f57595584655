"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { CLIENT_FIELDS, readClientForm } from "@/app/actions/clients/client-form";
import { clientFormSchema } from "@/lib/schemas/client";
import { defineFormAction } from "@/lib/server/actions/define-form-action";
import { createClient } from "@/lib/server/clients/manage-clients";

/** A new client; the form's one-time key makes a double submit one client. */
export const createClientAction = defineFormAction({
  access: "consultant",
  schema: clientFormSchema,
  read: readClientForm,
  refill: CLIENT_FIELDS,
  handler: async (input, { caller: { workspaceId }, once }) => {
    const { id: clientId } = await once(`client:${workspaceId}`, input, () => createClient({ workspaceId, input }));
    revalidatePath("/dashboard");
    redirect(`/clients/${clientId}`);
  },
});
