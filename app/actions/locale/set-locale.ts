"use server";

import { cookies } from "next/headers";
import { setLocaleSchema } from "@/app/actions/locale/set-locale.schema";
import { LOCALE_COOKIE, localeCookieOptions } from "@/lib/i18n/locale";
import { secureCookies } from "@/lib/security/secure-cookies";
import { definePlainFormAction } from "@/lib/server/actions/define-form-action";

/** Stores the user's language choice; the page re-renders in it without changing the URL. */
export const setLocaleAction = definePlainFormAction({
  access: "public",
  schema: setLocaleSchema,
  read: (formData) => ({ locale: formData.get("locale") }),
  handler: async ({ locale }) => {
    const cookieStore = await cookies();
    cookieStore.set(LOCALE_COOKIE, locale, localeCookieOptions({ secure: secureCookies() }));
  },
});
