import { getTranslations } from "next-intl/server";
import { parseSeriesKey } from "@/lib/history/series";
import type { Locale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";
import { getLatestQuestionnaire } from "@/lib/questionnaire/registry";

const STANDARD_ROLES = new Set(["board", "manager", "employee", "other"]);

/** "Team rounds · Full scan", "Self-scans by a manager (Sales) · Quick scan". */
export async function seriesLabel(key: string, locale: Locale): Promise<string> {
  const [t, tr] = await Promise.all([getTranslations("history.series"), getTranslations("roles")]);
  const parts = parseSeriesKey(key);
  if (!parts) return key;
  const questionnaire = getLatestQuestionnaire(parts.questionnaireId);
  const title = questionnaire ? localized(questionnaire.title, locale) : parts.questionnaireId;
  if (parts.kind === "team") return t("team", { questionnaire: title });
  const role = STANDARD_ROLES.has(parts.role) ? tr(parts.role as "board") : parts.role;
  return t("self", { role, team: parts.team ? t("inTeam", { team: parts.team }) : "", questionnaire: title });
}

/** Says what the points of a line are, since a line never mixes kinds of respondent. */
export async function SeriesNote({ series }: { series: string }) {
  const t = await getTranslations("history.series");
  return (
    <p className="text-sm text-stone-600">{parseSeriesKey(series)?.kind === "team" ? t("noteTeam") : t("noteSelf")}</p>
  );
}

/** A GET form choosing which series the trend and comparison show. */
export async function SeriesPicker({
  action,
  series,
  selected,
  locale,
  hidden = {},
}: {
  action: string;
  series: readonly string[];
  selected: string;
  locale: Locale;
  hidden?: Record<string, string>;
}) {
  const t = await getTranslations("history.series");
  if (series.length < 2) return null;
  const labels = await Promise.all(series.map((key) => seriesLabel(key, locale)));
  return (
    <form method="get" action={action} className="no-print flex flex-wrap items-end gap-3">
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <div className="min-w-0 flex-1">
        <label htmlFor="series" className="font-medium">
          {t("label")}
        </label>
        <select
          id="series"
          name="series"
          defaultValue={selected}
          className="mt-1 block w-full rounded-lg border border-stone-300 bg-white px-3 py-2 text-base shadow-sm"
        >
          {series.map((key, index) => (
            <option key={key} value={key}>
              {labels[index]}
            </option>
          ))}
        </select>
      </div>
      <button
        type="submit"
        className="rounded-lg border border-brand-700 px-5 py-2.5 font-semibold text-brand-800 hover:bg-brand-50"
      >
        {t("show")}
      </button>
    </form>
  );
}
