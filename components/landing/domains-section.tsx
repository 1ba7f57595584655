import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";
import type { Questionnaire } from "@/lib/questionnaire/schema";

/** The domains the full scan measures, numbered, each with its description. */
export async function DomainsSection({ questionnaire, locale }: { questionnaire: Questionnaire; locale: Locale }) {
  const t = await getTranslations("landing");
  return (
    <section aria-labelledby="domains" className="space-y-4">
      <h2 id="domains" className="text-xl font-semibold">
        {t("domainsTitle", { count: questionnaire.domains.length })}
      </h2>
      <p className="max-w-3xl text-stone-700">{t("domainsLead")}</p>
      <ol className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
        {questionnaire.domains.map((domain, index) => (
          <li key={domain.id} className="rounded-lg border border-stone-200 bg-white p-4">
            <p className="text-sm font-medium text-brand-700">{index + 1}</p>
            <h3 className="font-semibold">{localized(domain.name, locale)}</h3>
            <p className="mt-1 text-sm text-stone-600">{localized(domain.description, locale)}</p>
          </li>
        ))}
      </ol>
    </section>
  );
}
