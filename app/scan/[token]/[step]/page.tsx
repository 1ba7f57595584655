import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { DomainForm } from "@/components/scan/domain-form";
import { ResumeLink } from "@/components/scan/resume-link";
import { localized } from "@/lib/i18n/localized";
import { domainForStep, itemsOfDomain, overallProgress } from "@/lib/questionnaire/progress";
import { scopedScale } from "@/lib/questionnaire/scope-wording";
import type { AnswerValue } from "@/lib/scoring";
import { loadScanTitle } from "@/lib/server/pages/load-scan-title";
import { loadOpenScan } from "@/lib/server/scans/load-open-scan";

export async function generateMetadata({
  params,
}: {
  params: Promise<{ token: string; step: string }>;
}): Promise<Metadata> {
  const { token, step } = await params;
  return { title: await loadScanTitle(token, { step }), robots: { index: false } };
}

export default async function ScanStepPage({ params }: { params: Promise<{ token: string; step: string }> }) {
  const { token, step: stepParam } = await params;
  const { questionnaire, answers, scan } = await loadOpenScan(token);
  const step = /^\d{1,2}$/.test(stepParam) ? Number(stepParam) : Number.NaN;
  const domain = domainForStep(questionnaire, step);
  if (!domain) notFound();
  const [t, locale] = await Promise.all([getTranslations("scan"), getLocale()]);

  const items = itemsOfDomain(questionnaire, domain.id);
  const scale = scopedScale(questionnaire, scan.scope);
  const firstNumber = questionnaire.items.findIndex((item) => item.id === items[0]?.id) + 1;
  const answeredHere = items.filter((item) => answers[item.id] !== undefined).length;
  const steps = questionnaire.domains.length;
  const pageAnswers: Record<string, AnswerValue> = {};
  for (const item of items) {
    const value = answers[item.id];
    if (value !== undefined) pageAnswers[item.id] = value;
  }

  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <div className="space-y-2">
        <p className="text-sm font-semibold text-brand-700">{t("domainEyebrow", { step, steps })}</p>
        <h1 className="text-2xl font-bold">{localized(domain.name, locale)}</h1>
        <p className="text-stone-700">{localized(domain.description, locale)}</p>
      </div>
      {scale.instruction && (
        <p className="rounded-lg bg-stone-100 px-4 py-3 text-sm text-stone-700">
          {localized(scale.instruction, locale)}
        </p>
      )}
      <DomainForm
        token={token}
        step={step}
        steps={steps}
        items={items.map((item, index) => ({
          id: item.id,
          number: firstNumber + index,
          statement: localized(item.statement, locale),
          help: item.help ? localized(item.help, locale) : undefined,
        }))}
        scale={scale.points.map((point) => ({
          value: point.value,
          label: localized(point.label, locale),
        }))}
        notApplicableLabel={
          questionnaire.scale.notApplicable ? localized(questionnaire.scale.notApplicable.label, locale) : undefined
        }
        dontKnowLabel={questionnaire.scale.dontKnow ? localized(questionnaire.scale.dontKnow.label, locale) : undefined}
        initialAnswers={pageAnswers}
        answeredElsewhere={overallProgress(questionnaire, answers).answered - answeredHere}
        total={questionnaire.items.length}
        previous={step === 1 ? "overview" : String(step - 1)}
        next={step === steps ? "review" : String(step + 1)}
      />
      <ResumeLink token={token} />
    </div>
  );
}
