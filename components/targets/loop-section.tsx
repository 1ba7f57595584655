import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/targets/action-form";
import { AgreedActionsList } from "@/components/targets/agreed-actions";
import { TargetsForm } from "@/components/targets/targets-form";
import { displayLabels } from "@/lib/display/labels";
import { displayScore } from "@/lib/display/score";
import { localDate } from "@/lib/exports/export-file-name";
import type { Locale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";
import type { Questionnaire } from "@/lib/questionnaire/schema";
import { createToken } from "@/lib/security/tokens";
import { type ScanLoop, targetChoicesOf } from "@/lib/server/targets/get-loop";
import { initialTargetChoices } from "@/lib/targets/default-targets";

type DomainScore = { domainId: string; score: number | null; level: string | null };

/**
 * What is agreed after a scan: targets for the next scan and the agreed actions. Those who may change them get
 * the forms (never in print); everyone with the results sees them read-only, on screen and on paper.
 */
export async function LoopSection({
  questionnaire,
  locale,
  domains,
  loop,
  canChange,
  organiserToken,
  actionListHref,
}: {
  questionnaire: Questionnaire;
  locale: Locale;
  /** This scan's snapshot per domain, in questionnaire order. */
  domains: readonly DomainScore[];
  loop: ScanLoop;
  canChange: boolean;
  organiserToken?: string;
  /** The client's action list, for a consultant. */
  actionListHref?: string;
}) {
  // Whoever can only read sees these sections once something was agreed: no empty headings on every scan.
  if (!canChange && loop.targets.length === 0 && loop.actions.length === 0) return null;
  const [t, format] = await Promise.all([getTranslations("loop"), getFormatter()]);
  const { domainName, levelName } = displayLabels(questionnaire, locale);
  const score = (n: number) => format.number(n, { maximumFractionDigits: 1 });
  const choices = initialTargetChoices({
    levels: questionnaire.levels,
    domains,
    saved: targetChoicesOf(loop.targets),
  });
  const setBy = [...new Set(loop.targets.map((target) => target.setByName).filter(Boolean))];

  return (
    <>
      {canChange && !loop.clientId && (
        <aside
          aria-labelledby="loop-no-client"
          className="no-print rounded-xl border border-sky-200 bg-sky-50 p-4 text-sky-950"
          data-testid="loop-no-client"
        >
          <h2 id="loop-no-client" className="font-semibold">
            {t("noClient.title")}
          </h2>
          <p className="mt-1">{t("noClient.text")}</p>
        </aside>
      )}
      <section aria-labelledby="loop-targets" className="print-avoid-break space-y-4" data-testid="loop-targets">
        <div className="space-y-1">
          <h2 id="loop-targets" className="text-xl font-semibold">
            {t("targets.title")}
          </h2>
          {canChange && <p className="text-stone-700 print:hidden">{t("targets.lead")}</p>}
          <p className={`text-stone-700 ${canChange ? "hidden print:block" : ""}`}>{t("targets.leadReadOnly")}</p>
        </div>
        {canChange && (
          <div className="no-print">
            <TargetsForm
              scanId={loop.scanId}
              organiserToken={organiserToken}
              levels={questionnaire.levels.map((level) => ({
                id: level.id,
                label: t("targets.levelOption", { level: localized(level.name, locale), score: score(level.from) }),
              }))}
              rows={choices.map((choice) => {
                const current = domains.find((d) => d.domainId === choice.domainId);
                return {
                  domainId: choice.domainId,
                  name: domainName(choice.domainId),
                  now:
                    current?.score != null
                      ? t("targets.nowValue", { level: levelName(current.level), score: displayScore(current.score) })
                      : t("targets.noScore"),
                  levelId: choice.levelId,
                  targetDate: choice.targetDate,
                };
              })}
            />
          </div>
        )}
        {/* The agreed targets as text: for whoever holds the results link, and for the print. */}
        <div className={canChange ? "hidden print:block" : ""}>
          {loop.targets.length === 0 ? (
            <p className="text-stone-600">{t("targets.none")}</p>
          ) : (
            <ul aria-label={t("targets.caption")} className="grid gap-2 sm:grid-cols-2 print:grid-cols-2">
              {questionnaire.domains.flatMap((domain) => {
                const target = loop.targets.find((x) => x.domainId === domain.id);
                if (!target) return [];
                return [
                  <li key={domain.id} className="rounded-lg border border-stone-200 bg-white px-4 py-3">
                    <p className="font-semibold">{localized(domain.name, locale)}</p>
                    <p className="text-stone-700">
                      {t("targets.threshold", { level: levelName(target.levelId), score: score(target.minScore) })}
                      {target.targetDate &&
                        `, ${t("targets.by", { date: format.dateTime(target.targetDate, { dateStyle: "long", timeZone: "UTC" }) })}`}
                    </p>
                  </li>,
                ];
              })}
            </ul>
          )}
          {setBy.length > 0 && (
            <p className="mt-2 text-sm text-stone-600">{t("targets.setBy", { name: setBy.join(", ") })}</p>
          )}
        </div>
      </section>

      <section aria-labelledby="loop-actions" className="space-y-4" data-testid="loop-actions">
        <div className="space-y-1">
          <h2 id="loop-actions" className="text-xl font-semibold">
            {t("actions.title")}
          </h2>
          {loop.clientId && <p className="text-stone-700">{t("actions.lead")}</p>}
        </div>
        <AgreedActionsList
          actions={loop.actions}
          domainName={domainName}
          today={localDate(new Date())}
          statusControl={canChange ? { organiserToken } : undefined}
        />
        {canChange && actionListHref && loop.actions.length > 0 && (
          <p className="no-print">
            <Link href={actionListHref} className="font-medium text-brand-800 underline underline-offset-2">
              {t("actions.manage")}
            </Link>
          </p>
        )}
        {canChange && (
          <ActionForm
            scanId={loop.scanId}
            organiserToken={organiserToken}
            domains={questionnaire.domains.map((d) => ({ id: d.id, name: localized(d.name, locale) }))}
            submitKey={createToken()}
          />
        )}
      </section>
    </>
  );
}
