import { getLocale, getTranslations } from "next-intl/server";
import { DomainsSection } from "@/components/landing/domains-section";
import { HowItWorksSection } from "@/components/landing/how-it-works-section";
import { ScanChoiceSection } from "@/components/landing/scan-choice-section";
import { getLatestByKind } from "@/lib/questionnaire/registry";

export default async function LandingPage() {
  const [t, locale] = await Promise.all([getTranslations("landing"), getLocale()]);
  const full = getLatestByKind("full");
  return (
    <div className="space-y-14">
      <section className="max-w-3xl space-y-5">
        <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">{t("eyebrow")}</p>
        <h1 className="text-3xl font-bold leading-tight text-stone-900 sm:text-4xl">{t("title")}</h1>
        <p className="text-lg text-stone-700">{t("lead")}</p>
      </section>
      <ScanChoiceSection full={full} quick={getLatestByKind("quick")} locale={locale} />
      {full && <DomainsSection questionnaire={full} locale={locale} />}
      <HowItWorksSection />
    </div>
  );
}
