import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { StartForm } from "@/components/scan/start-form";
import { localized } from "@/lib/i18n/localized";
import { getLatestByKind } from "@/lib/questionnaire/registry";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("start");
  return { title: t("title") };
}

export default async function NewScanPage({ searchParams }: { searchParams: Promise<{ type?: string | string[] }> }) {
  const { type } = await searchParams;
  const kind = type === "quick" ? "quick" : type === undefined || type === "full" ? "full" : undefined;
  const questionnaire = kind ? getLatestByKind(kind) : undefined;
  if (!questionnaire) notFound();
  const [t, locale] = await Promise.all([getTranslations("start"), getLocale()]);
  return (
    <div className="mx-auto max-w-xl space-y-6">
      <div className="space-y-2">
        <p className="text-sm font-semibold text-brand-700">{localized(questionnaire.title, locale)}</p>
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="text-stone-700">{localized(questionnaire.introduction, locale)}</p>
        <p className="text-sm text-stone-600">
          {t("facts", { items: questionnaire.items.length, minutes: questionnaire.estimatedMinutes })}
        </p>
      </div>
      <div className="rounded-xl border border-stone-200 bg-white p-6 shadow-sm">
        <StartForm questionnaireId={questionnaire.id} />
      </div>
    </div>
  );
}
