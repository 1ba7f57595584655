"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { CLIENT_FIELDS, clientFormRefused, readClientForm } from "@/app/actions/clients/client-form";
import { updateClientSchema } from "@/app/actions/clients/update-client.schema";
import { defineFormAction } from "@/lib/server/actions/define-form-action";
import { updateClient } from "@/lib/server/clients/manage-clients";

export const updateClientAction = defineFormAction({
  access: "consultant",
  schema: updateClientSchema,
  read: (formData) => ({ clientId: formData.get("clientId"), ...readClientForm(formData) }),
  refill: CLIENT_FIELDS,
  invalid: clientFormRefused,
  handler: async ({ clientId, ...input }, { caller: { workspaceId } }) => {
    const updated = await updateClient({ workspaceId, clientId, input });
    if (!updated) return { status: "error", message: "clients.errors.notFound" };
    revalidatePath("/dashboard");
    revalidatePath(`/clients/${clientId}`);
    redirect(`/clients/${clientId}`);
  },
});
