import { getLocale, getTranslations } from "next-intl/server";
import { setLocaleAction } from "@/app/actions/locale/set-locale";
import { LOCALES } from "@/lib/i18n/locales";

export async function LanguageSwitch() {
  const [locale, t] = await Promise.all([getLocale(), getTranslations("language")]);
  return (
    <form action={setLocaleAction} className="flex items-center gap-1" aria-label={t("label")}>
      {LOCALES.map((option) => (
        <button
          key={option}
          type="submit"
          name="locale"
          value={option}
          aria-pressed={option === locale}
          lang={option}
          title={t(`name.${option}`)}
          className="rounded-md px-2.5 py-1.5 text-sm font-medium text-stone-600 hover:bg-stone-100 aria-pressed:bg-brand-700 aria-pressed:text-white"
        >
          <span aria-hidden="true">{option.toUpperCase()}</span>
          <span className="sr-only">{t(`name.${option}`)}</span>
        </button>
      ))}
    </form>
  );
}
