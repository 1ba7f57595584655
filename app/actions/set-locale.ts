"use server";

import { cookies, headers } from "next/headers";
import { z } from "zod";
import { LOCALE_COOKIE } from "@/lib/i18n/locale";
import { LOCALES } from "@/lib/questionnaire/schema";

const setLocaleSchema = z.object({ locale: z.enum(LOCALES) });

/** Stores the user's language choice; the page re-renders in it without changing the URL. */
export async function setLocaleAction(formData: FormData): Promise<void> {
  // A hand-made request may send anything; only a form can choose a language.
  if (!(formData instanceof FormData)) return;
  const parsed = setLocaleSchema.safeParse({ locale: formData.get("locale") });
  if (!parsed.success) return;
  const [cookieStore, headerList] = await Promise.all([cookies(), headers()]);
  // Secure when the request came over https, so a plain-http install on a LAN still remembers the choice.
  const https = headerList.get("x-forwarded-proto") === "https" || headerList.get("origin")?.startsWith("https://");
  cookieStore.set(LOCALE_COOKIE, parsed.data.locale, {
    path: "/",
    maxAge: 60 * 60 * 24 * 365,
    sameSite: "lax",
    httpOnly: true,
    secure: Boolean(https),
  });
}
