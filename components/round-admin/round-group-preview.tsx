import { getTranslations } from "next-intl/server";
import { joinGroupNames } from "@/components/rounds/group-label";
import { Card } from "@/components/ui/card";
import { type Breakdown, type GroupPlanEntry, groupPlan } from "@/lib/aggregation";
import type { Locale } from "@/lib/i18n/locales";
import { type PreviewRound, previewAggregate } from "@/lib/server/rounds/preview-groups";

const STATE_STYLE: Record<GroupPlanEntry["state"], string> = {
  shown: "bg-emerald-100 text-emerald-900",
  merged: "bg-sky-100 text-sky-900",
  hidden: "bg-stone-200 text-stone-800",
};

/**
 * Before closing: per role and per team, whether the results will show it, merge it with a neighbour ("board
 * and managers") or hide it — by name only, so no small group's size is published here.
 */
export async function RoundGroupPreview({
  round,
  locale,
  personalLinks,
}: {
  round: PreviewRound;
  locale: Locale;
  /** While personal links are in use the preview stays closed (docs/anonymity.md, progress rule). */
  personalLinks: boolean;
}) {
  const [t, tr, aggregate] = await Promise.all([
    getTranslations("rounds.preview"),
    getTranslations("roles"),
    previewAggregate(round),
  ]);
  const name = (by: Breakdown, key: string) => (by === "role" && tr.has(key) ? tr(key) : key);
  const breakdowns = (["role", "team"] as const)
    .map((by) => ({ by, entries: groupPlan(aggregate, by) }))
    .filter(({ entries }) => entries.length > 0);
  return (
    <Card as="section" aria-labelledby="group-preview" className="min-w-0 space-y-4" data-testid="group-preview">
      <h2 id="group-preview" className="text-lg font-semibold">
        {t("title")}
      </h2>
      <p className="text-stone-700">{t("lead", { min: round.minGroupSize })}</p>
      {personalLinks && !round.closed ? (
        <p className="text-stone-700" data-testid="group-preview-closed">
          {t("withPersonalLinks", { min: round.minGroupSize })}
        </p>
      ) : !aggregate.shown ? (
        <p className="text-stone-700">{t("roundTooFew", { min: round.minGroupSize })}</p>
      ) : breakdowns.length === 0 ? (
        <p className="text-stone-700">{t("none")}</p>
      ) : (
        <div className="grid gap-4 sm:grid-cols-2">
          {breakdowns.map(({ by, entries }) => (
            <div key={by} className="space-y-2">
              <h3 className="font-semibold">{by === "role" ? t("byRole") : t("byTeam")}</h3>
              <ul className="space-y-1.5">
                {entries.map((entry) => (
                  <li key={entry.key} className="flex flex-wrap items-center gap-x-2 gap-y-1">
                    <span className="font-medium break-words">{name(by, entry.key)}</span>
                    <span className={`rounded-md px-2 py-0.5 text-xs font-semibold ${STATE_STYLE[entry.state]}`}>
                      {entry.state === "merged"
                        ? t("mergedInto", {
                            group: joinGroupNames(
                              entry.mergedWith.map((key) => name(by, key)),
                              locale,
                            ),
                          })
                        : t(entry.state)}
                    </span>
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </div>
      )}
    </Card>
  );
}
