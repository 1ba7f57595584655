"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { accountNameSchema } from "@/app/actions/account/update-name.schema";
import type { AccountActionState } from "@/lib/forms/action-state";
import { defineFormAction } from "@/lib/server/actions/define-form-action";
import { renameAccount } from "@/lib/server/auth/account-settings";

export const updateNameAction = defineFormAction<typeof accountNameSchema, "consultant", AccountActionState>({
  access: "consultant",
  schema: accountNameSchema,
  read: (formData) => ({ name: formData.get("name") ?? "" }),
  refill: ["name"],
  handler: async ({ name }) => {
    await renameAccount({ name, requestHeaders: await headers() });
    revalidatePath("/", "layout");
    return { status: "done", message: "accounts.account.nameSaved", fields: { name } };
  },
});
