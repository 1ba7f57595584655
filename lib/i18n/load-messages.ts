import type { Locale } from "@/lib/i18n/locales";
import { MESSAGE_FEATURES } from "@/lib/i18n/message-features";

export async function loadMessages(locale: Locale): Promise<Record<string, unknown>> {
  const [core, ...features] = await Promise.all([
    import(`./messages/${locale}.json`),
    ...MESSAGE_FEATURES.map((feature) => import(`./messages/${feature}/${locale}.json`)),
  ]);
  return Object.assign({}, core.default, ...features.map((module) => module.default));
}
