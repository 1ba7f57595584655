import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { OptInForm } from "@/components/benchmark/opt-in-form";
import { SIZE_BANDS } from "@/lib/clients/options";
import { env } from "@/lib/env";
import { localized } from "@/lib/i18n/localized";
import { getLatestQuestionnaire } from "@/lib/questionnaire/registry";
import type { Locale } from "@/lib/questionnaire/schema";
import { requireConsultant } from "@/lib/server/auth/current-consultant";
import { getBenchmarkOptIn, listPeerCounts, type PeerCountSet } from "@/lib/server/benchmark/benchmark-settings";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("benchmark.page");
  return { title: t("title"), robots: { index: false, follow: false } };
}

const card = "rounded-xl border border-stone-200 bg-white p-5";

/** Taking part in the benchmark (off by default), what that shares, and how many organisations count. */
export default async function BenchmarkPage() {
  const { workspaceId, role } = await requireConsultant();
  const [t, locale, optIn, counts] = await Promise.all([
    getTranslations("benchmark.page"),
    getLocale() as Promise<Locale>,
    getBenchmarkOptIn({ workspaceId }),
    listPeerCounts(),
  ]);
  const min = env.BENCHMARK_MIN_PEERS;
  return (
    <>
      <header className="max-w-3xl space-y-2">
        <h1 className="text-2xl font-bold sm:text-3xl">{t("title")}</h1>
        <p className="text-stone-700">{t("lead")}</p>
      </header>

      <section aria-labelledby="shared" className={`${card} max-w-3xl space-y-3`}>
        <h2 id="shared" className="text-lg font-semibold">
          {t("sharedTitle")}
        </h2>
        <ul className="list-disc space-y-1.5 pl-5 text-stone-700">
          <li>{t("shared1")}</li>
          <li>{t("shared2")}</li>
          <li>{t("shared3", { min })}</li>
          <li>{t("shared4")}</li>
        </ul>
        <p className="text-stone-700">{t("giveToGet")}</p>
        <p data-testid="opt-in-status" className="font-semibold text-stone-900">
          {optIn ? t("statusOn") : t("statusOff")}
        </p>
        {role === "owner" ? <OptInForm optIn={optIn} /> : <p className="text-stone-700">{t("ownerDecides")}</p>}
      </section>

      <section aria-labelledby="counts" className="space-y-4">
        <div className="max-w-3xl space-y-1">
          <h2 id="counts" className="text-xl font-semibold">
            {t("countsTitle")}
          </h2>
          <p className="text-stone-700">{t("countsLead", { min })}</p>
        </div>
        {counts.length === 0 ? (
          <p className={`${card} text-stone-700`}>{t("countsEmpty")}</p>
        ) : (
          <div className="grid gap-4 lg:grid-cols-2">
            {counts.map((set) => (
              <CountCard key={`${set.questionnaireId}-${set.scanKind}`} set={set} min={min} locale={locale} />
            ))}
          </div>
        )}
      </section>
    </>
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
    <article className={`${card} space-y-3`}>
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
