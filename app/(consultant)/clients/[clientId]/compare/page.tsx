import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { ChangeValue } from "@/components/history/change-value";
import { CompareForm } from "@/components/history/compare-form";
import { CompareTable } from "@/components/history/compare-table";
import { MoversList } from "@/components/history/movers-list";
import { SeriesNote, SeriesPicker, seriesLabel } from "@/components/history/series-picker";
import { DomainRadar } from "@/components/results/domain-radar";
import { LevelBadge } from "@/components/results/level-badge";
import { PRIMARY_BUTTON } from "@/components/ui/button-styles";
import { PrintButton } from "@/components/ui/print-button";
import { compareScans } from "@/lib/history/compare-scans";
import { firstParam, selectComparePair, submittedOldestFirst } from "@/lib/history/select-pair";
import { seriesWithResults } from "@/lib/history/series";
import { localized } from "@/lib/i18n/localized";
import { getQuestionnaire } from "@/lib/questionnaire/registry";
import type { Locale, Questionnaire } from "@/lib/questionnaire/schema";
import { compareQuerySchema, idSchema } from "@/lib/schemas/client";
import { requireConsultant } from "@/lib/server/auth/current-consultant";
import { type ClientScan, listClientScans } from "@/lib/server/clients/client-scans";
import { getClient } from "@/lib/server/clients/manage-clients";

type Props = {
  params: Promise<{ clientId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

async function loadClient(clientIdParam: string) {
  const clientId = idSchema.safeParse(clientIdParam);
  if (!clientId.success) notFound();
  const { workspaceId } = await requireConsultant();
  const client = await getClient({ workspaceId, clientId: clientId.data });
  if (!client) notFound();
  return { client, workspaceId };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { client } = await loadClient((await params).clientId);
  const t = await getTranslations("compare");
  return { title: t("metaTitle", { client: client.name }), robots: { index: false } };
}

export default async function ComparePage({ params, searchParams }: Props) {
  const [{ clientId }, rawQuery] = await Promise.all([params, searchParams]);
  const { client, workspaceId } = await loadClient(clientId);
  const query = compareQuerySchema.parse({ a: firstParam(rawQuery.a), b: firstParam(rawQuery.b) });
  const [scans, t, tr, tround, locale, format] = await Promise.all([
    listClientScans({ workspaceId, clientId: client.id }),
    getTranslations("compare"),
    getTranslations("roles"),
    getTranslations("round.client"),
    getLocale() as Promise<Locale>,
    getFormatter(),
  ]);
  // A well-formed id that is not this client's scan answers like any missing page.
  for (const id of [query.a, query.b]) if (id && !scans.some((a) => a.id === id)) notFound();

  const backHref = `/clients/${client.id}`;
  const header = (
    <>
      <nav className="no-print">
        <Link href={backHref} className="text-sm font-medium text-brand-800 underline-offset-2 hover:underline">
          <span aria-hidden="true">← </span>
          {t("back", { client: client.name })}
        </Link>
      </nav>
      <header className="space-y-2">
        <p className="text-sm font-semibold text-brand-700">{client.name}</p>
        <h1 className="text-2xl font-bold sm:text-3xl">{t("title")}</h1>
      </header>
    </>
  );

  // Both scans come from one series: the one asked for, else that of the first scan asked for, else the default.
  const series = seriesWithResults(scans);
  const askedSeries = firstParam(rawQuery.series);
  const selected =
    askedSeries && series.includes(askedSeries)
      ? askedSeries
      : (scans.find((a) => a.id === query.a && a.status === "submitted")?.series ?? series[0]);
  const inSeries = scans.filter((a) => a.series === selected);
  const pair = selectComparePair(inSeries, query);
  if (!pair) {
    return (
      <div className="space-y-6">
        {header}
        <section aria-labelledby="too-few" className="space-y-3 rounded-xl border border-stone-200 bg-white p-6">
          <h2 id="too-few" className="text-lg font-semibold">
            {t("tooFewTitle")}
          </h2>
          <p className="text-stone-700">
            {t("tooFew", { client: client.name, count: submittedOldestFirst(inSeries).length })}
          </p>
          <Link href={backHref} className={`${PRIMARY_BUTTON} inline-block`}>
            {t("back", { client: client.name })}
          </Link>
        </section>
      </div>
    );
  }

  const { from, to, usedDefault } = pair;
  const questionnaireOf = (a: ClientScan) => getQuestionnaire(a.questionnaireId, a.questionnaireVersion);
  const fromQuestionnaire = questionnaireOf(from);
  const toQuestionnaire = questionnaireOf(to);
  const comparison = compareScans({ from, to, fromQuestionnaire, toQuestionnaire });

  const date = (d: Date) => format.dateTime(d, { dateStyle: "medium" });
  const title = (a: ClientScan, q: Questionnaire | undefined) =>
    q
      ? `${localized(q.title, locale)} (v${a.questionnaireVersion})`
      : `${a.questionnaireId} v${a.questionnaireVersion}`;
  const domainName = (id: string) => {
    const domain =
      toQuestionnaire?.domains.find((d) => d.id === id) ?? fromQuestionnaire?.domains.find((d) => d.id === id);
    return domain ? localized(domain.name, locale) : id;
  };
  const levelOf = (q: Questionnaire | undefined) => (id: string | null) => {
    if (id === null) return null;
    const index = q?.levels.findIndex((l) => l.id === id) ?? -1;
    const level = q?.levels[index];
    return { name: level ? localized(level.name, locale) : id, rank: index };
  };
  const questionnaireName = (a: ClientScan) => {
    const kind = questionnaireOf(a)?.kind;
    return kind ? t(`form.kind.${kind}`) : a.questionnaireId;
  };
  const fromLevel = levelOf(fromQuestionnaire);
  const toLevel = levelOf(toQuestionnaire);
  const fromDate = date(from.submittedAt);
  const toDate = date(to.submittedAt);
  const options = submittedOldestFirst(inSeries)
    .reverse()
    .map((a) => ({
      id: a.id,
      label: t("form.option", {
        date: format.dateTime(a.submittedAt, { dateStyle: "medium", timeStyle: "short" }),
        questionnaire: questionnaireName(a),
        role:
          a.kind === "team"
            ? tround("respondents", { count: a.respondentCount })
            : [tr(a.respondentRole as "manager"), a.team].filter(Boolean).join(", "),
      }),
    }));
  const { overall } = comparison;
  const overallFrom = fromLevel(overall.fromLevel);
  const overallTo = toLevel(overall.toLevel);
  const radarRows = comparison.rows.filter((r) => r.presentIn !== "from");

  return (
    <div className="space-y-8">
      {header}
      <p className="text-stone-700">{t("lead", { client: client.name })}</p>
      {selected && (
        <div className="space-y-2">
          <SeriesPicker action={`/clients/${client.id}/compare`} series={series} selected={selected} locale={locale} />
          {/* With one series there is no picker to name it. */}
          {series.length < 2 && <p className="font-medium text-stone-800">{await seriesLabel(selected, locale)}</p>}
          <SeriesNote series={selected} />
        </div>
      )}
      <CompareForm options={options} firstId={from.id} secondId={to.id} series={selected} />

      {usedDefault && (
        <p role="status" className="no-print rounded-lg border border-amber-300 bg-amber-50 px-4 py-3 text-amber-950">
          {t("usedDefault")}
        </p>
      )}
      {comparison.differentVersions && (
        <p className="rounded-lg border border-sky-300 bg-sky-50 px-4 py-3 text-sky-950 print:border-stone-400">
          {t("differentVersions", { from: title(from, fromQuestionnaire), to: title(to, toQuestionnaire) })}
        </p>
      )}

      <section aria-labelledby="overall" className="grid gap-6 lg:grid-cols-5">
        <div className="print-avoid-break space-y-4 rounded-xl border border-stone-200 bg-white p-6 lg:col-span-2">
          <h2 id="overall" className="text-lg font-semibold">
            {t("overallTitle")}
          </h2>
          <p className="text-sm text-stone-600">{t("periodTitle", { from: fromDate, to: toDate })}</p>
          {overall.fromScore !== null && overall.toScore !== null ? (
            <>
              <p className="flex flex-wrap items-baseline gap-x-3 text-4xl font-bold text-brand-800">
                <span>
                  {t("overallChange", { from: Math.round(overall.fromScore), to: Math.round(overall.toScore) })}
                </span>
                <ChangeValue change={overall.change} className="text-2xl" />
              </p>
              <div className="flex flex-wrap items-center gap-2">
                {overallFrom && <LevelBadge name={overallFrom.name} rank={overallFrom.rank} />}
                {overallTo && overallFrom && <span aria-hidden="true">→</span>}
                {overallTo && <LevelBadge name={overallTo.name} rank={overallTo.rank} />}
                {overall.levelChange !== "n.a." && (
                  <span className="text-sm text-stone-700">{t(`level.${overall.levelChange}`)}</span>
                )}
              </div>
            </>
          ) : (
            <p className="text-stone-700">{t("overallInsufficient")}</p>
          )}
          <ul className="no-print space-y-1 text-sm">
            {[from, to].map((a) => (
              <li key={a.id}>
                <Link href={`/results/${a.shareToken}`} className="text-brand-800 underline underline-offset-2">
                  {t("openResults")} ({date(a.submittedAt)})
                </Link>
              </li>
            ))}
          </ul>
        </div>
        <div className="print-avoid-break rounded-xl border border-stone-200 bg-white p-4 lg:col-span-3">
          <h2 className="sr-only">{t("radarTitle")}</h2>
          <DomainRadar
            data={radarRows.map((r) => ({ domain: domainName(r.domainId), score: r.toScore, previous: r.fromScore }))}
            seriesLabel={t("later", { date: toDate })}
            previousLabel={t("earlier", { date: fromDate })}
            insufficientLabel={t("insufficient")}
          />
        </div>
      </section>

      <section aria-labelledby="per-domain" className="print-avoid-break space-y-3">
        <h2 id="per-domain" className="text-xl font-semibold">
          {t("tableTitle")}
        </h2>
        <CompareTable
          rows={comparison.rows}
          labels={{
            domainName,
            fromLevelName: (id) => fromLevel(id)?.name ?? null,
            toLevelName: (id) => toLevel(id)?.name ?? null,
            fromDate,
            toDate,
          }}
        />
      </section>

      <MoversList movedUp={comparison.movedUp} movedDown={comparison.movedDown} domainName={domainName} />

      <div className="no-print">
        <PrintButton label={t("print")} />
      </div>
    </div>
  );
}
