import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { startClientRoundAction } from "@/app/rounds/actions";
import { ClientBenchmark } from "@/components/benchmark/client-benchmark";
import { ArchiveControl } from "@/components/clients/archive-control";
import { AttachForm } from "@/components/clients/attach-form";
import { Breadcrumbs } from "@/components/clients/breadcrumbs";
import { CompareForm } from "@/components/clients/compare-form";
import { ExportLinks } from "@/components/clients/export-links";
import { ScanHistory } from "@/components/clients/scan-history";
import { ScanMailList } from "@/components/clients/scan-mail-list";
import { type ScanKindOption, StartScanForm } from "@/components/clients/start-scan-form";
import { ClientTrend } from "@/components/history/client-trend";
import { SeriesNote, SeriesPicker, seriesLabel } from "@/components/history/series-picker";
import { RoundForm } from "@/components/round-admin/round-form";
import { ClientActionsCard } from "@/components/targets/client-actions-card";
import { localDate } from "@/lib/exports/export-file-name";
import { firstParam } from "@/lib/history/select-pair";
import { seriesWithResults } from "@/lib/history/series";
import { getLatestByKind } from "@/lib/questionnaire/registry";
import type { Locale } from "@/lib/questionnaire/schema";
import { createToken } from "@/lib/security/tokens";
import { parseGroupType } from "@/lib/server/benchmark/get-scan-benchmark";
import { listClientScans } from "@/lib/server/clients/client-scans";
import { loadClient } from "@/lib/server/clients/load-client";
import { listScanMail } from "@/lib/server/clients/scan-mail";
import { getRequestOrigin } from "@/lib/server/http/request-origin";
import { mailEnabled } from "@/lib/server/mail/mail-config";
import { closeDueRounds } from "@/lib/server/rounds/close-round";
import { countFailedInvitations } from "@/lib/server/rounds/round-mail";
import { countClientActions } from "@/lib/server/targets/list-actions";

type Props = {
  params: Promise<{ clientId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await loadClient(await params);
  const title = found ? found.client.name : (await getTranslations("notFound"))("title");
  return { title, robots: { index: false, follow: false } };
}

const card = "rounded-xl border border-stone-200 bg-white p-5";

export default async function ClientPage({ params, searchParams }: Props) {
  const [found, query] = await Promise.all([params.then(loadClient), searchParams]);
  if (!found) notFound();
  const { client, workspaceId } = found;
  // A round past its closing date closes here too, so its result shows without anyone opening a round link.
  await closeDueRounds({ workspaceId, clientId: client.id });
  const [t, format, locale, scans, origin, actionCounts] = await Promise.all([
    getTranslations(),
    getFormatter(),
    getLocale() as Promise<Locale>,
    listClientScans({ workspaceId, clientId: client.id }),
    getRequestOrigin(),
    countClientActions({ workspaceId, clientId: client.id, today: localDate(new Date()) }),
  ]);
  const submitted = scans.filter((a) => a.status === "submitted");
  // Self-scans whose invitation went by mail and that are still open: their mail state, remind, resend.
  const mailOn = mailEnabled();
  const openSelfScans = scans.filter((a) => a.kind === "self" && a.status !== "submitted");
  const scanMail = await listScanMail({ workspaceId, scanIds: openSelfScans.map((a) => a.id) });
  const mailedScans = openSelfScans.flatMap((a) => {
    const mail = scanMail.get(a.id);
    return mail ? [{ scanId: a.id, createdAt: a.createdAt, mail }] : [];
  });
  // Trend and comparison show one series at a time (lib/history/series.ts): never different people on one line.
  const series = seriesWithResults(scans);
  const asked = firstParam(query.series);
  const selected = asked && series.includes(asked) ? asked : series[0];
  const inSeries = selected ? scans.filter((a) => a.series === selected) : [];
  const rounds = scans.filter((a) => a.kind === "team");
  // The benchmark shows the latest result of the series on screen (scans come oldest first).
  const latestInSeries = inSeries.filter((a) => a.status === "submitted").at(-1);
  const peersHref = (group: string) =>
    `/clients/${client.id}?${new URLSearchParams({ ...(selected ? { series: selected } : {}), peers: group })}#peers`;
  // Open rounds with invitations that were not delivered: the consultant sees it here, and resends on the round.
  const failedInvitations = await countFailedInvitations({
    workspaceId,
    scanIds: rounds.filter((r) => !r.submittedAt).map((r) => r.id),
  });
  const archived = client.archivedAt !== null;
  const kinds: ScanKindOption[] = (["full", "quick"] as const).flatMap((kind) => {
    const questionnaire = getLatestByKind(kind);
    return questionnaire ? [{ kind, items: questionnaire.items.length, minutes: questionnaire.estimatedMinutes }] : [];
  });

  return (
    <>
      <Breadcrumbs items={[{ label: client.name }]} />

      <header className="space-y-4">
        <div className="flex flex-wrap items-center gap-3">
          <h1 className="text-2xl font-bold sm:text-3xl">{client.name}</h1>
          {archived && (
            <span className="rounded-full bg-stone-200 px-3 py-1 text-sm font-medium text-stone-800">
              {t("clients.archive.badge")}
            </span>
          )}
        </div>
        <dl className="grid gap-x-8 gap-y-3 sm:grid-cols-[auto_1fr]">
          <Detail label={t("clients.details.sector")}>{t(`sectors.${client.sector as "other"}`)}</Detail>
          <Detail label={t("clients.details.size")}>{t(`sizeBands.${client.sizeBand as "1-9"}`)}</Detail>
          <Detail label={t("clients.details.notes")}>
            {client.notes ? (
              <span className="whitespace-pre-line">{client.notes}</span>
            ) : (
              <span className="text-stone-500">{t("clients.details.noNotes")}</span>
            )}
          </Detail>
        </dl>
        <p className="text-sm text-stone-600">{t("clients.details.scans", { count: submitted.length })}</p>
        <Link
          href={`/clients/${client.id}/edit`}
          className="no-print inline-flex rounded-lg border border-stone-300 bg-white px-4 py-2 font-medium text-stone-800 hover:bg-stone-100"
        >
          {t("clients.details.edit")}
        </Link>
      </header>

      {archived && (
        <section
          aria-labelledby="archived-notice"
          className="space-y-3 rounded-xl border border-amber-300 bg-amber-50 p-5"
        >
          <h2 id="archived-notice" className="font-semibold text-amber-950">
            {t("clients.archive.badge")}
          </h2>
          <p className="text-amber-950">{t("clients.archive.notice")}</p>
          <ArchiveControl clientId={client.id} name={client.name} archived />
        </section>
      )}

      {selected && (
        <div className="space-y-3">
          <SeriesPicker action={`/clients/${client.id}`} series={series} selected={selected} locale={locale} />
          <ClientTrend
            clientId={client.id}
            scans={inSeries}
            locale={locale}
            subtitle={await seriesLabel(selected, locale)}
            note={<SeriesNote series={selected} />}
          />
          {latestInSeries && (
            <ClientBenchmark
              name={client.name}
              scan={latestInSeries}
              requested={parseGroupType(query.peers)}
              hrefFor={peersHref}
              locale={locale}
            />
          )}
        </div>
      )}

      <ClientActionsCard clientId={client.id} counts={actionCounts} />

      <section aria-labelledby="rounds" className={`${card} no-print space-y-4`}>
        <div className="space-y-1">
          <h2 id="rounds" className="text-lg font-semibold">
            {t("round.client.title")}
          </h2>
          <p className="text-stone-700">{t("round.client.lead", { name: client.name })}</p>
        </div>
        {rounds.length > 0 && (
          <ul className="divide-y divide-stone-100">
            {[...rounds].reverse().map((r) => (
              <li key={r.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                <span>
                  {r.submittedAt
                    ? t("round.organiser.closedOn", { date: format.dateTime(r.submittedAt, { dateStyle: "medium" }) })
                    : t("round.organiser.statusOpen")}
                  {" · "}
                  {t("round.client.respondents", { count: r.respondentCount })}
                  {(failedInvitations.get(r.id) ?? 0) > 0 && (
                    <span className="ml-2 inline-block rounded-full bg-red-100 px-2 py-0.5 text-xs font-semibold text-red-900">
                      {t("mail.client.failed", { count: failedInvitations.get(r.id) ?? 0 })}
                    </span>
                  )}
                </span>
                {r.organiserToken && (
                  <Link
                    href={`/rounds/${r.organiserToken}`}
                    className="font-medium text-brand-800 underline underline-offset-2"
                  >
                    {t("round.client.organiserPage")}
                  </Link>
                )}
              </li>
            ))}
          </ul>
        )}
        {!archived && (
          <details className="rounded-lg border border-stone-200 p-4" open={rounds.length === 0}>
            <summary className="cursor-pointer font-semibold text-brand-800">{t("round.client.open")}</summary>
            <div className="mt-4">
              <RoundForm
                action={startClientRoundAction}
                clientId={client.id}
                defaultLocale={locale}
                submitKey={createToken()}
                mailOn={mailEnabled()}
              />
            </div>
          </details>
        )}
      </section>

      {!archived && (
        <div className="no-print grid grid-cols-1 items-start gap-6 lg:grid-cols-2">
          <section aria-labelledby="start-scan" className={`${card} space-y-4`}>
            <div className="space-y-1">
              <h2 id="start-scan" className="text-lg font-semibold">
                {t("clients.scan.title")}
              </h2>
              <p className="text-stone-700">{t("clients.scan.lead", { name: client.name })}</p>
            </div>
            <StartScanForm clientId={client.id} kinds={kinds} submitKey={createToken()} mailOn={mailOn} />
            <ScanMailList clientId={client.id} scans={mailedScans} mailOn={mailOn} />
          </section>
          <section aria-labelledby="attach-scan" className={`${card} space-y-4`}>
            <div className="space-y-1">
              <h2 id="attach-scan" className="text-lg font-semibold">
                {t("clients.attach.title")}
              </h2>
              <p className="text-stone-700">{t("clients.attach.lead", { name: client.name })}</p>
            </div>
            <AttachForm clientId={client.id} />
          </section>
        </div>
      )}

      <section aria-labelledby="history" className="space-y-4">
        <h2 id="history" className="text-xl font-semibold">
          {t("clients.history.title")}
        </h2>
        <ScanHistory name={client.name} scans={scans} locale={locale} origin={origin} />
      </section>

      <div className="no-print grid grid-cols-1 items-start gap-6 lg:grid-cols-2">
        <section aria-labelledby="compare" className={`${card} space-y-4`}>
          <div className="space-y-1">
            <h2 id="compare" className="text-lg font-semibold">
              {t("clients.compare.title")}
            </h2>
            <p className="text-stone-700">{t("clients.compare.lead")}</p>
          </div>
          <CompareForm
            clientId={client.id}
            submitted={inSeries.filter((a) => a.status === "submitted")}
            series={selected}
            locale={locale}
          />
        </section>
        <section aria-labelledby="export" className={`${card} space-y-4`}>
          <div className="space-y-1">
            <h2 id="export" className="text-lg font-semibold">
              {t("clients.export.title")}
            </h2>
            <p className="text-stone-700">{t("clients.export.lead")}</p>
          </div>
          <ExportLinks clientId={client.id} />
        </section>
      </div>

      {!archived && (
        <div className="no-print">
          <ArchiveControl clientId={client.id} name={client.name} archived={false} />
        </div>
      )}
    </>
  );
}

function Detail({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
      <dt className="font-medium text-stone-600">{label}</dt>
      <dd className="text-stone-900">{children}</dd>
    </>
  );
}
