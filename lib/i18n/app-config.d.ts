// Types next-intl's APIs (useLocale, getLocale, createTranslator, NextIntlClientProvider) against this app's
// locales: a locale that is not nl or en fails `tsc`.
//
// Messages is not typed yet: with `Messages` set to the merged Dutch catalogue, 27 calls in components/ fail
// because they translate keys that arrive as plain strings (form states' `message`, field errors from zod). Those
// need `string` narrowed to the catalogue's keys first (lib/forms/action-state.ts); then add
// `Messages: typeof core & typeof auth & …` here, merged as lib/i18n/load-messages.ts merges the files.
import type { Locale as AppLocale } from "@/lib/i18n/locales";

declare module "next-intl" {
  interface AppConfig {
    Locale: AppLocale;
  }
}
