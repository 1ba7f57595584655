"use server";

import { cookies, headers } from "next/headers";
import { setLocaleSchema } from "@/app/actions/locale/set-locale.schema";
import { LOCALE_COOKIE } from "@/lib/i18n/locale";
import { definePlainFormAction } from "@/lib/server/actions/define-form-action";

/** Stores the user's language choice; the page re-renders in it without changing the URL. */
export const setLocaleAction = definePlainFormAction({
  access: "public",
  schema: setLocaleSchema,
  read: (formData) => ({ locale: formData.get("locale") }),
  handler: async ({ locale }) => {
    const [cookieStore, headerList] = await Promise.all([cookies(), headers()]);
    // Secure when the request came over https, so a plain-http install on a LAN still remembers the choice.
    const https = headerList.get("x-forwarded-proto") === "https" || headerList.get("origin")?.startsWith("https://");
    cookieStore.set(LOCALE_COOKIE, locale, {
      path: "/",
      maxAge: 60 * 60 * 24 * 365,
      sameSite: "lax",
      httpOnly: true,
      secure: Boolean(https),
    });
  },
});
