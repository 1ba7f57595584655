"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { definePlainFormAction } from "@/lib/server/actions/define-form-action";
import { signOutEverywhere } from "@/lib/server/auth/account-settings";

/** Ends every session of this user on every device, this one too. */
export const signOutEverywhereAction = definePlainFormAction({
  access: "consultant",
  schema: z.object({}),
  read: () => ({}),
  handler: async () => {
    await signOutEverywhere({ requestHeaders: await headers() });
    redirect("/sign-in?signed-out=everywhere");
  },
});
