import { cookies, headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { loadMessages } from "@/lib/i18n/load-messages";
import { isLocale, LOCALE_COOKIE, resolveLocale } from "@/lib/i18n/locale";

// Every date on a page is an Amsterdam date, whatever the server's own time zone (exportFileName agrees).
const TIME_ZONE = "Europe/Amsterdam";

// No locale in the URL: links (resume, results, invites) work in either language; the choice lives in a
// cookie. A locale passed explicitly (getTranslations({ locale })) wins, e.g. for an invite in the scan's language.
export default getRequestConfig(async ({ locale: requested }) => {
  if (isLocale(requested)) return { locale: requested, messages: await loadMessages(requested), timeZone: TIME_ZONE };
  const [cookieStore, headerList] = await Promise.all([cookies(), headers()]);
  const locale = resolveLocale({
    cookie: cookieStore.get(LOCALE_COOKIE)?.value,
    acceptLanguage: headerList.get("accept-language"),
  });
  return { locale, messages: await loadMessages(locale), timeZone: TIME_ZONE };
});
