import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { LevelBadge } from "@/components/results/level-badge";
import { cardClass } from "@/components/ui/card";
import { CopyLink } from "@/components/ui/copy-link";
import { TableRegion } from "@/components/ui/table-region";
import { displayLabels } from "@/lib/display/labels";
import { displayScore } from "@/lib/display/score";
import type { Locale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";
import { absoluteUrl } from "@/lib/links/absolute-url";
import { getQuestionnaire } from "@/lib/questionnaire/registry";
import type { ClientScan } from "@/lib/server/clients/client-scans";

/**
 * Every scan of the client, newest first: open invites on top (they need chasing), then submitted scans
 * from the latest back. Submitted rows link to their results, open ones show their invite link again.
 */
export async function ScanHistory({
  name,
  scans,
  locale,
  origin,
}: {
  name: string;
  /** Oldest first, as listClientScans returns them. */
  scans: readonly ClientScan[];
  locale: Locale;
  origin: string;
}) {
  const [t, format] = await Promise.all([getTranslations(), getFormatter()]);
  if (scans.length === 0) return <p className="text-stone-700">{t("clients.history.empty")}</p>;
  const newestFirst = [...scans].reverse();
  const cell = "px-3 py-3 align-top";
  return (
    <TableRegion label={t("clients.history.caption", { name })} className={cardClass({ padding: "none" })}>
      <table className="w-full min-w-[52rem] border-collapse text-left text-sm">
        <caption className="sr-only">{t("clients.history.caption", { name })}</caption>
        <thead className="border-b border-stone-200 bg-stone-50 text-stone-700">
          <tr>
            {(["date", "questionnaire", "respondent", "status", "result", "link"] as const).map((column) => (
              <th key={column} scope="col" className={`${cell} font-semibold`}>
                {t(`clients.history.${column}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-stone-100">
          {newestFirst.map((a, index) => {
            const questionnaire = getQuestionnaire(a.questionnaireId, a.questionnaireVersion);
            // A level the scan's questionnaire does not know (or no questionnaire) is not shown.
            const level = displayLabels(questionnaire, locale).level(a.overallLevel);
            const submitted = a.status === "submitted" && a.submittedAt;
            // Every row links somewhere else with the same words: the hidden part names the scan (WCAG 2.4.4).
            const which = (
              <span className="sr-only">
                {" "}
                {t("clients.history.ofScan", {
                  number: newestFirst.length - index,
                  date: format.dateTime(a.submittedAt ?? a.createdAt, { dateStyle: "medium" }),
                })}
              </span>
            );
            return (
              <tr key={a.id}>
                <th scope="row" className={`${cell} whitespace-nowrap font-medium`}>
                  {submitted
                    ? format.dateTime(a.submittedAt as Date, { dateStyle: "medium" })
                    : t("clients.history.started", { date: format.dateTime(a.createdAt, { dateStyle: "medium" }) })}
                </th>
                <td className={cell}>
                  {questionnaire
                    ? t("clients.history.version", {
                        title: localized(questionnaire.title, locale),
                        version: a.questionnaireVersion,
                      })
                    : `${a.questionnaireId} v${a.questionnaireVersion}`}
                </td>
                <td className={cell}>
                  {a.kind === "team" ? (
                    <>
                      {t("clients.history.teamRound")}
                      <span className="block text-stone-600">
                        {t("round.client.respondents", { count: a.respondentCount })}
                      </span>
                    </>
                  ) : (
                    <>
                      {t(`roles.${a.respondentRole as "manager"}`)}
                      {a.team && <span className="block text-stone-600">{a.team}</span>}
                    </>
                  )}
                </td>
                <td className={cell}>
                  <span
                    className={`inline-block whitespace-nowrap rounded-full px-2.5 py-0.5 text-xs font-semibold ${
                      submitted ? "bg-stone-100 text-stone-800" : "bg-sky-100 text-sky-900"
                    }`}
                  >
                    {t(submitted ? "clients.history.submitted" : "clients.history.inProgress")}
                  </span>
                </td>
                <td className={cell}>
                  {submitted && level && level.rank >= 0 && a.overallScore !== null ? (
                    <span className="flex items-center gap-2 whitespace-nowrap">
                      <LevelBadge name={level.name} rank={level.rank} />
                      <span className="font-semibold tabular-nums">{displayScore(a.overallScore)}</span>
                    </span>
                  ) : submitted ? (
                    <span className="text-stone-600">{t("clients.history.noScore")}</span>
                  ) : (
                    <span className="text-stone-400">—</span>
                  )}
                </td>
                <td className={cell}>
                  {submitted ? (
                    <Link
                      href={`/results/${a.shareToken}`}
                      className="whitespace-nowrap font-medium text-brand-800 underline underline-offset-2"
                    >
                      {t("clients.history.viewResults")}
                      {which}
                    </Link>
                  ) : a.kind === "team" ? (
                    a.organiserToken && (
                      <Link
                        href={`/rounds/${a.organiserToken}`}
                        className="whitespace-nowrap font-medium text-brand-800 underline underline-offset-2"
                      >
                        {t("round.client.organiserPage")}
                        {which}
                      </Link>
                    )
                  ) : (
                    <details>
                      <summary className="cursor-pointer whitespace-nowrap font-medium text-brand-800">
                        {t("clients.history.invite")}
                      </summary>
                      <div className="mt-2 w-72">
                        <CopyLink
                          url={absoluteUrl({ origin, path: `/scan/${a.resumeToken}`, lang: a.locale })}
                          label={t("clients.history.inviteFor", { number: newestFirst.length - index })}
                        />
                      </div>
                    </details>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableRegion>
  );
}
