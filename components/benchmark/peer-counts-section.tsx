import { getTranslations } from "next-intl/server";
import { cardClass } from "@/components/ui/card";
import { SIZE_BANDS } from "@/lib/clients/options";
import type { Locale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";
import { getLatestQuestionnaire } from "@/lib/questionnaire/registry";
import type { PeerCountSet } from "@/lib/server/benchmark/benchmark-settings";

/** How many organisations count per questionnaire and group; a group below the minimum shows as "fewer than". */
export async function PeerCountsSection({
  counts,
  min,
  locale,
}: {
  counts: PeerCountSet[];
  min: number;
  locale: Locale;
}) {
  const t = await getTranslations("benchmark.page");
  return (
    <section aria-labelledby="counts" className="space-y-4">
      <div className="max-w-3xl space-y-1">
        <h2 id="counts" className="text-xl font-semibold">
          {t("countsTitle")}
        </h2>
        <p className="text-stone-700">{t("countsLead", { min })}</p>
      </div>
      {counts.length === 0 ? (
        <p className={cardClass({ className: "text-stone-700" })}>{t("countsEmpty")}</p>
      ) : (
        <div className="grid gap-4 lg:grid-cols-2">
          {counts.map((set) => (
            <CountCard key={`${set.questionnaireId}-${set.scanKind}`} set={set} min={min} locale={locale} />
          ))}
        </div>
      )}
    </section>
  );
}

async function CountCard({ set, min, locale }: { set: PeerCountSet; min: number; locale: Locale }) {
  const [t, ts, tb] = await Promise.all([
    getTranslations("benchmark.page"),
    getTranslations("sectors"),
    getTranslations("sizeBands"),
  ]);
  const questionnaire = getLatestQuestionnaire(set.questionnaireId);
  const title = questionnaire ? localized(questionnaire.title, locale) : set.questionnaireId;
  const count = (n: number) => (n >= min ? String(n) : t("fewer", { min }));
  const table = (groupType: "sector" | "size", caption: string) => {
    const label = (value: string) => (groupType === "sector" ? ts(value as "other") : tb(value as "1-9"));
    // Sectors by name, size bands from small to large.
    const order = (value: string) => (SIZE_BANDS as readonly string[]).indexOf(value);
    const groups = set.groups
      .filter((g) => g.groupType === groupType)
      .sort((a, b) =>
        groupType === "sector"
          ? label(a.groupValue).localeCompare(label(b.groupValue), locale)
          : order(a.groupValue) - order(b.groupValue),
      );
    if (groups.length === 0) return null;
    return (
      <table className="w-full text-sm">
        <caption className="pb-1 text-left font-semibold text-stone-800">{caption}</caption>
        <thead>
          <tr className="border-b border-stone-200 text-xs text-stone-600">
            <th scope="col" className="py-1 text-left font-semibold">
              {t("colGroup")}
            </th>
            <th scope="col" className="py-1 text-right font-semibold">
              {t("colCount")}
            </th>
          </tr>
        </thead>
        <tbody>
          {groups.map((g) => (
            <tr key={g.groupValue} className="border-b border-stone-100">
              <th scope="row" className="py-1 text-left font-normal">
                {label(g.groupValue)}
              </th>
              <td className="whitespace-nowrap py-1 pl-2 text-right tabular-nums">{count(g.n)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    );
  };
  return (
    <article className={cardClass({ className: "space-y-3" })}>
      <h3 className="font-semibold">
        {t("setTitle", { questionnaire: title, kind: set.scanKind === "team" ? t("kindTeam") : t("kindSelf") })}
      </h3>
      <p className="text-stone-800">{t("total", { count: count(set.total) })}</p>
      <div className="grid items-start gap-4 sm:grid-cols-2">
        {table("sector", t("bySector"))}
        {table("size", t("bySize"))}
      </div>
    </article>
  );
}
