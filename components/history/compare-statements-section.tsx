import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { ChangeValue } from "@/components/ui/change-value";
import { displayLabels } from "@/lib/display/labels";
import { displayScore } from "@/lib/display/score";
import type { StatementChange } from "@/lib/history/statement-changes";
import type { Locale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";
import type { ComparePageData } from "@/lib/server/pages/load-compare-page";

export type StatementOrder = "change" | "questionnaire";

/** Shown at once; the rest of the statements fold away. */
const FIRST = 8;

/**
 * Two rounds of a series, statement by statement, largest change first: only statements both rounds asked in
 * the same words and both published. Each change is labelled against a rough margin and called indicative.
 * Nothing for self-scans (no distributions) or a round without a snapshot.
 */
export async function CompareStatementsSection({
  pair,
  locale,
  order,
  hrefFor,
}: {
  pair: NonNullable<ComparePageData["pair"]>;
  locale: Locale;
  /** Largest change first (the default), or as the later questionnaire asks them. */
  order: StatementOrder;
  /** This page with the other order chosen. */
  hrefFor: (order: StatementOrder) => string;
}) {
  if (pair.judgement.statements === null) return null;
  const ids = pair.toQuestionnaire?.items.map((i) => i.id) ?? [];
  const statements =
    order === "questionnaire"
      ? [...pair.judgement.statements].sort((x, y) => ids.indexOf(x.itemId) - ids.indexOf(y.itemId))
      : pair.judgement.statements;
  const t = await getTranslations("compare.statements");
  const questionnaires = [pair.toQuestionnaire, pair.fromQuestionnaire];
  const { domainName } = displayLabels(questionnaires, locale);
  const statementText = (itemId: string) => {
    const item = questionnaires.flatMap((q) => q?.items ?? []).find((i) => i.id === itemId);
    return item ? localized(item.statement, locale) : itemId;
  };
  const row = (s: StatementChange) => (
    <li key={s.itemId} className="space-y-1 py-3" data-item={s.itemId}>
      <p className="text-stone-900">{statementText(s.itemId)}</p>
      <p className="flex flex-wrap items-baseline gap-x-3 gap-y-1 text-sm">
        <span className="text-stone-600">{domainName(s.domainId)}</span>
        <span className="tabular-nums text-stone-800">
          {displayScore(s.fromScore)} → {displayScore(s.toScore)}
        </span>
        <ChangeValue change={s.points} />
        <span className={s.beyondMargin ? "font-semibold text-stone-900" : "text-stone-600"}>
          {t(s.beyondMargin ? "beyond" : "within", { margin: s.margin })}
        </span>
        <span className="text-stone-500">{t("answers", { from: s.fromAnswers, to: s.toAnswers })}</span>
      </p>
    </li>
  );
  return (
    <section aria-labelledby="per-statement" className="space-y-3" data-testid="statement-changes">
      <h2 id="per-statement" className="text-xl font-semibold">
        {t("title")}
      </h2>
      <p className="text-stone-700">{t("lead")}</p>
      <nav aria-label={t("orderLabel")} className="no-print flex flex-wrap items-baseline gap-x-3 gap-y-1 text-sm">
        <span className="font-medium text-stone-800">{t("orderLabel")}:</span>
        {(["change", "questionnaire"] as const).map((o) =>
          o === order ? (
            <span key={o} aria-current="true" className="font-semibold text-stone-900">
              {t(o === "change" ? "orderChange" : "orderQuestionnaire")}
            </span>
          ) : (
            <Link key={o} href={hrefFor(o)} className="text-brand-800 underline underline-offset-2">
              {t(o === "change" ? "orderChange" : "orderQuestionnaire")}
            </Link>
          ),
        )}
      </nav>
      <p className="rounded-lg border border-stone-200 bg-stone-50 px-4 py-3 text-sm text-stone-800">
        {t("indicative")}
      </p>
      <Card>
        {statements.length === 0 ? (
          <p className="text-stone-700">{t("none")}</p>
        ) : (
          <>
            <ol aria-label={t("caption")} className="divide-y divide-stone-100">
              {statements.slice(0, FIRST).map(row)}
            </ol>
            {statements.length > FIRST && (
              <details className="border-t border-stone-100 pt-2">
                <summary className="cursor-pointer py-2 font-medium text-brand-800">
                  {t("more", { count: statements.length })}
                </summary>
                <ol start={FIRST + 1} aria-label={t("caption")} className="divide-y divide-stone-100">
                  {statements.slice(FIRST).map(row)}
                </ol>
              </details>
            )}
          </>
        )}
      </Card>
    </section>
  );
}
