import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { ArchiveControl } from "@/components/clients/archive-control";
import { ArchivedNoticeSection } from "@/components/clients/archived-notice-section";
import { Breadcrumbs } from "@/components/clients/breadcrumbs";
import { ClientHeaderSection } from "@/components/clients/client-header-section";
import { ClientHistorySection } from "@/components/clients/client-history-section";
import { ClientRoundsSection } from "@/components/clients/client-rounds-section";
import { ClientTrendSection } from "@/components/clients/client-trend-section";
import { CompareExportSection } from "@/components/clients/compare-export-section";
import { FirstStepSection } from "@/components/clients/first-step-section";
import { NewScanSection } from "@/components/clients/new-scan-section";
import { ClientMirrorsSection } from "@/components/mirrors/organise/client-mirrors-section";
import { AppreciationTrendSection } from "@/components/mirrors/results/appreciation-trend-section";
import { ClientActionsCard } from "@/components/targets/client-actions-card";
import { firstParam } from "@/lib/history/select-pair";
import { parseGroupType } from "@/lib/server/benchmark/get-scan-benchmark";
import { type ClientPageProps, loadClient } from "@/lib/server/clients/load-client";
import { loadClientPage } from "@/lib/server/pages/load-client-page";

export async function generateMetadata({ params }: ClientPageProps): Promise<Metadata> {
  const found = await loadClient(await params);
  const title = found ? found.client.name : (await getTranslations("notFound"))("title");
  return { title, robots: { index: false, follow: false } };
}

export default async function ClientPage({ params, searchParams }: ClientPageProps) {
  const [found, query] = await Promise.all([params.then(loadClient), searchParams]);
  const { client, workspaceId } = found ?? notFound();
  const [data, locale] = await Promise.all([
    loadClientPage({ workspaceId, clientId: client.id, series: firstParam(query.series) }),
    getLocale(),
  ]);
  const { scans, selected, inSeries, mailOn } = data;
  const archived = client.archivedAt !== null;
  const submittedCount = scans.filter((a) => a.status === "submitted").length;
  return (
    <>
      <Breadcrumbs items={[{ label: client.name }]} />
      <ClientHeaderSection client={client} submittedCount={submittedCount} />
      {archived && <ArchivedNoticeSection clientId={client.id} name={client.name} />}
      {scans.length === 0 && <FirstStepSection name={client.name} canStart={!archived} />}
      {selected && (
        <ClientTrendSection
          client={client}
          series={data.series}
          selected={selected}
          inSeries={inSeries}
          requested={parseGroupType(query.peers)}
          locale={locale}
        />
      )}
      {data.mirrors.length > 0 && <AppreciationTrendSection mirrors={data.mirrors} scans={scans} locale={locale} />}
      {(submittedCount > 0 || data.actionCounts.total > 0) && (
        <ClientActionsCard clientId={client.id} counts={data.actionCounts} />
      )}
      <ClientRoundsSection
        client={client}
        rounds={data.rounds}
        failedInvitations={data.failedInvitations}
        archived={archived}
        mailOn={mailOn}
        locale={locale}
      />
      {!archived && <NewScanSection client={client} mailedScans={data.mailedScans} mailOn={mailOn} />}
      <ClientMirrorsSection clientId={client.id} workspaceId={workspaceId} archived={archived} />
      <ClientHistorySection name={client.name} scans={scans} locale={locale} origin={data.origin} />
      <CompareExportSection
        clientId={client.id}
        inSeries={inSeries}
        selected={selected}
        locale={locale}
        hasScans={scans.length > 0}
      />
      {!archived && (
        <div className="no-print">
          <ArchiveControl clientId={client.id} name={client.name} archived={false} />
        </div>
      )}
    </>
  );
}
