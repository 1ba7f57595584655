"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { archiveClientSchema } from "@/app/actions/clients/set-client-archived.schema";
import { defineFormAction } from "@/lib/server/actions/define-form-action";
import { setClientArchived } from "@/lib/server/clients/manage-clients";

export const setClientArchivedAction = defineFormAction({
  access: "consultant",
  schema: archiveClientSchema,
  read: (formData) => ({ clientId: formData.get("clientId"), archived: formData.get("archived") }),
  invalid: () => ({ status: "error", message: "errors.invalidValue" }),
  handler: async (input, { caller: { workspaceId } }) => {
    const done = await setClientArchived({ workspaceId, ...input });
    if (!done) return { status: "error", message: "clients.errors.notFound" };
    revalidatePath("/dashboard");
    revalidatePath(`/clients/${input.clientId}`);
    redirect(`/clients/${input.clientId}`);
  },
});
