"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { definePlainFormAction } from "@/lib/server/actions/define-form-action";
import { auth } from "@/lib/server/auth/auth";

export const signOutAction = definePlainFormAction({
  access: "public",
  schema: z.object({}),
  read: () => ({}),
  handler: async () => {
    // Deletes the session row as well as the cookie, so the old cookie is worthless.
    await auth.api.signOut({ headers: await headers() }).catch(() => undefined);
    redirect("/");
  },
});
