"use server";

import { revalidatePath } from "next/cache";
import { attachScanSchema } from "@/app/actions/clients/attach-scan.schema";
import { fieldErrors } from "@/lib/forms/action-state";
import { defineFormAction } from "@/lib/server/actions/define-form-action";
import { attachScan } from "@/lib/server/clients/client-scans";

const ATTACH_ERRORS = {
  "not-found": "clients.errors.notFound",
  "unknown-link": "clients.errors.unknownLink",
  "results-link": "clients.errors.resultsLink",
  "other-client": "clients.errors.otherClient",
} as const;

export const attachScanAction = defineFormAction({
  access: "consultant",
  schema: attachScanSchema,
  read: (formData) => ({ clientId: formData.get("clientId"), link: formData.get("link") ?? "" }),
  refill: ["link"],
  invalid: (error, fields) => {
    const errors = fieldErrors(error);
    // One field: its own error says it all, no "check the fields below" on top. A bad id is a missing client.
    return errors.link
      ? { status: "error", fieldErrors: { link: errors.link }, fields }
      : { status: "error", message: "clients.errors.notFound", fields };
  },
  handler: async ({ clientId, link }, { caller: { workspaceId }, fields }) => {
    const attached = await attachScan({ workspaceId, clientId, token: link });
    if (!attached.ok) {
      const message = ATTACH_ERRORS[attached.error];
      // A problem with the link belongs to the field; a missing client to the form.
      return attached.error === "not-found"
        ? { status: "error", message, fields }
        : { status: "error", fieldErrors: { link: message }, fields };
    }
    revalidatePath("/dashboard");
    revalidatePath(`/clients/${clientId}`);
    return { status: "done", message: attached.alreadyLinked ? "clients.attach.alreadyHere" : "clients.attach.added" };
  },
});
