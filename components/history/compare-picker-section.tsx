import { getFormatter, getTranslations } from "next-intl/server";
import { CompareForm } from "@/components/history/compare-form";
import { SeriesNote, SeriesPicker, seriesLabel } from "@/components/history/series-picker";
import { submittedOldestFirst } from "@/lib/history/select-pair";
import type { Locale } from "@/lib/i18n/locales";
import { getQuestionnaire } from "@/lib/questionnaire/registry";
import type { ClientScan } from "@/lib/server/clients/client-scans";

/** Choosing the series and the two scans compared, newest first. */
export async function ComparePickerSection({
  clientId,
  series,
  selected,
  inSeries,
  fromId,
  toId,
  locale,
}: {
  clientId: string;
  series: string[];
  selected: string | undefined;
  inSeries: ClientScan[];
  fromId: string;
  toId: string;
  locale: Locale;
}) {
  const [t, tr, tround, format] = await Promise.all([
    getTranslations("compare"),
    getTranslations("roles"),
    getTranslations("round.client"),
    getFormatter(),
  ]);
  const questionnaireName = (a: ClientScan) => {
    const kind = getQuestionnaire(a.questionnaireId, a.questionnaireVersion)?.kind;
    return kind ? t(`form.kind.${kind}`) : a.questionnaireId;
  };
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
  return (
    <>
      {selected && (
        <div className="space-y-2">
          <SeriesPicker action={`/clients/${clientId}/compare`} series={series} selected={selected} locale={locale} />
          {/* With one series there is no picker to name it. */}
          {series.length < 2 && <p className="font-medium text-stone-800">{await seriesLabel(selected, locale)}</p>}
          <SeriesNote series={selected} />
        </div>
      )}
      <CompareForm options={options} firstId={fromId} secondId={toId} series={selected} />
    </>
  );
}
