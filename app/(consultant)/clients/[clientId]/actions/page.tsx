import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { Breadcrumbs } from "@/components/clients/breadcrumbs";
import { ActionExportSection } from "@/components/targets/action-export-section";
import { ActionFiltersSection } from "@/components/targets/action-filters-section";
import { ActionListSection } from "@/components/targets/action-list-section";
import { displayLabels } from "@/lib/display/labels";
import { firstParam } from "@/lib/history/select-pair";
import { getQuestionnaire } from "@/lib/questionnaire/registry";
import type { Locale } from "@/lib/questionnaire/schema";
import { type ClientPageProps, loadClient } from "@/lib/server/clients/load-client";
import { loadClientActionsPage } from "@/lib/server/pages/load-client-actions-page";

export async function generateMetadata({ params }: ClientPageProps): Promise<Metadata> {
  const { client } = (await loadClient(await params)) ?? notFound();
  const t = await getTranslations("loop.list");
  return { title: t("metaTitle", { client: client.name }), robots: { index: false, follow: false } };
}

export default async function ClientActionsPage({ params, searchParams }: ClientPageProps) {
  const [{ clientId }, raw] = await Promise.all([params, searchParams]);
  const { client, workspaceId } = (await loadClient({ clientId })) ?? notFound();
  const [t, locale, data] = await Promise.all([
    getTranslations("loop.list"),
    getLocale() as Promise<Locale>,
    loadClientActionsPage({
      workspaceId,
      clientId: client.id,
      status: firstParam(raw.status),
      domain: firstParam(raw.domain),
    }),
  ]);
  if (!data) notFound();
  // An action keeps the domain name of the questionnaire version it was agreed on.
  const domainName = (id: string, questionnaireId: string, version: number) =>
    displayLabels(getQuestionnaire(questionnaireId, version), locale).domainName(id);
  const domains = [
    ...new Map(
      data.domainRows.map((d) => [d.domainId, domainName(d.domainId, d.questionnaireId, d.questionnaireVersion)]),
    ),
  ].sort((a, b) => a[1].localeCompare(b[1], locale));
  return (
    <>
      <Breadcrumbs items={[{ label: client.name, href: `/clients/${client.id}` }, { label: t("title") }]} />
      <header className="space-y-2">
        <p className="text-sm font-semibold text-brand-700">{client.name}</p>
        <h1 className="text-2xl font-bold sm:text-3xl">{t("title")}</h1>
        <p className="text-stone-700">{t("lead", { client: client.name })}</p>
      </header>
      <ActionFiltersSection base={`/clients/${client.id}/actions`} query={data.query} domains={domains} />
      <ActionListSection
        actions={data.actions}
        filtered={Boolean(data.query.status || data.query.domain)}
        domainName={(a) => domainName(a.domainId, a.questionnaireId, a.questionnaireVersion)}
      />
      <ActionExportSection clientId={client.id} />
    </>
  );
}
