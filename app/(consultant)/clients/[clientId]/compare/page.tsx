import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { CompareHeaderSection } from "@/components/history/compare-header-section";
import { CompareNoticesSection } from "@/components/history/compare-notices-section";
import { CompareOverallSection } from "@/components/history/compare-overall-section";
import { ComparePickerSection } from "@/components/history/compare-picker-section";
import { CompareStatementsSection } from "@/components/history/compare-statements-section";
import { CompareTableSection } from "@/components/history/compare-table-section";
import { CompareTooFewSection } from "@/components/history/compare-too-few-section";
import { MoversList } from "@/components/history/movers-list";
import { PrintButton } from "@/components/ui/print-button";
import { displayLabels } from "@/lib/display/labels";
import { firstParam, submittedOldestFirst } from "@/lib/history/select-pair";
import { type ClientPageProps, loadClient } from "@/lib/server/clients/load-client";
import { loadComparePage } from "@/lib/server/pages/load-compare-page";

export async function generateMetadata({ params }: ClientPageProps): Promise<Metadata> {
  const { client } = (await loadClient(await params)) ?? notFound();
  const t = await getTranslations("compare");
  return { title: t("metaTitle", { client: client.name }), robots: { index: false } };
}

export default async function ComparePage({ params, searchParams }: ClientPageProps) {
  const [{ clientId }, query] = await Promise.all([params, searchParams]);
  const { client, workspaceId } = (await loadClient({ clientId })) ?? notFound();
  const [data, t, locale] = await Promise.all([
    loadComparePage({
      workspaceId,
      clientId: client.id,
      a: firstParam(query.a),
      b: firstParam(query.b),
      series: firstParam(query.series),
    }),
    getTranslations("compare"),
    getLocale(),
  ]);
  if (!data) notFound();
  const { series, selected, inSeries, pair } = data;
  if (!pair)
    return (
      <div className="space-y-6">
        <CompareHeaderSection client={client} />
        <CompareTooFewSection client={client} count={submittedOldestFirst(inSeries).length} />
      </div>
    );
  const { from, to, fromQuestionnaire, toQuestionnaire, comparison } = pair;
  // The movers are named as the later scan names its domains, the earlier one only for domains it alone has.
  const { domainName } = displayLabels([toQuestionnaire, fromQuestionnaire], locale);
  return (
    <div className="space-y-8">
      <CompareHeaderSection client={client} />
      <p className="text-stone-700">{t("lead", { client: client.name })}</p>
      <ComparePickerSection
        clientId={client.id}
        series={series}
        selected={selected}
        inSeries={inSeries}
        fromId={from.id}
        toId={to.id}
        locale={locale}
      />
      <CompareNoticesSection pair={pair} locale={locale} />
      <CompareOverallSection pair={pair} locale={locale} />
      <CompareTableSection pair={pair} locale={locale} />
      <MoversList
        movedUp={comparison.movedUp}
        movedDown={comparison.movedDown}
        domainName={domainName}
        margins={pair.judgement.domains}
      />
      <CompareStatementsSection
        pair={pair}
        locale={locale}
        order={firstParam(query.order) === "questionnaire" ? "questionnaire" : "change"}
        hrefFor={(order) =>
          `?${new URLSearchParams({ a: from.id, b: to.id, ...(selected ? { series: selected } : {}), ...(order === "questionnaire" ? { order } : {}) })}#per-statement`
        }
      />
      <div className="no-print">
        <PrintButton label={t("print")} />
      </div>
    </div>
  );
}
