import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { addPersonalLinksAction } from "@/app/actions/rounds/add-personal-links";
import { closeRoundAction } from "@/app/actions/rounds/close-round";
import { reopenRoundAction } from "@/app/actions/rounds/reopen-round";
import { resendInvitationAction } from "@/app/actions/rounds/resend-invitation";
import { setExpectedRespondentsAction } from "@/app/actions/rounds/set-expected-respondents";
import { MailButtonForm } from "@/components/mail/mail-button-form";
import { MailStateBadge } from "@/components/mail/mail-state-badge";
import { ExpectedRespondentsForm } from "@/components/round-admin/expected-respondents-form";
import { PersonalLinksForm } from "@/components/round-admin/personal-links-form";
import { RoundGroupPreview } from "@/components/round-admin/round-group-preview";
import { RoundModeNotice } from "@/components/round-admin/round-mode-notice";
import { RoundProgressTable } from "@/components/round-admin/round-progress-table";
import { RoundReminders } from "@/components/round-admin/round-reminders";
import { RoundStatusForm } from "@/components/round-admin/round-status-form";
import { LoopSection } from "@/components/targets/loop-section";
import { RecommendationPicks } from "@/components/targets/recommendation-picks";
import { TargetReview } from "@/components/targets/target-review";
import { CopyButton } from "@/components/ui/copy-button";
import { CopyLink } from "@/components/ui/copy-link";
import { localized } from "@/lib/i18n/localized";
import { countMailStates } from "@/lib/mail/mail-status";
import type { Locale } from "@/lib/questionnaire/schema";
import { tokenSchema } from "@/lib/schemas/scan";
import { getConsultant } from "@/lib/server/auth/current-consultant";
import { getRequestOrigin } from "@/lib/server/http/request-origin";
import { mailEnabled } from "@/lib/server/mail/mail-config";
import { getRoundByOrganiserToken, getRoundProgress } from "@/lib/server/rounds/get-round";
import { countTeamLinkResponses } from "@/lib/server/rounds/join-round";
import { teamViewsOf } from "@/lib/server/rounds/preview-groups";
import { getInviteeMail } from "@/lib/server/rounds/round-mail";
import { canChangeLoop } from "@/lib/server/targets/access";
import { getScanLoop } from "@/lib/server/targets/get-loop";

export const metadata: Metadata = { robots: { index: false, follow: false } };

const card = "min-w-0 space-y-4 rounded-xl border border-stone-200 bg-white p-5";

const STATE_STYLE: Record<string, string> = {
  invited: "bg-stone-100 text-stone-800",
  opened: "bg-sky-100 text-sky-900",
  started: "bg-amber-100 text-amber-900",
  submitted: "bg-emerald-100 text-emerald-900",
};

/** The organiser's private page: links, progress, closing, and the results once closed. Never an answer. */
export default async function OrganiserPage({
  params,
  searchParams,
}: {
  params: Promise<{ token: string }>;
  searchParams: Promise<{ new?: string }>;
}) {
  const [{ token }, query] = await Promise.all([params, searchParams]);
  if (!tokenSchema.safeParse(token).success) notFound();
  const round = await getRoundByOrganiserToken(token);
  if (!round) notFound();
  const [t, tMail, tAnon, locale, format, origin, { progress, personalLinks }, teamJoined] = await Promise.all([
    getTranslations("round"),
    getTranslations("mail"),
    getTranslations("anonymity"),
    getLocale() as Promise<Locale>,
    getFormatter(),
    getRequestOrigin(),
    getRoundProgress(round),
    countTeamLinkResponses(round.id),
  ]);
  // Per personal link: what happened to its invitation and reminders (never anything answered).
  const mailOn = mailEnabled();
  const mail = await getInviteeMail(personalLinks.map((link) => link.id));
  const showMail = mailOn || mail.size > 0;
  const lang = `?lang=${round.locale}`;
  // Targets and actions once the round shows results: the organiser decides for a round without a client,
  // the client's consultant for one filed under a client (others with this link read them).
  const shown = round.closed && round.aggregate?.shown ? round.aggregate : null;
  const consultant = shown ? await getConsultant() : null;
  const [loop, canChange] = shown
    ? await Promise.all([
        getScanLoop(round.id),
        canChangeLoop({
          actor: { workspaceId: consultant?.workspaceId, organiserToken: token, name: consultant?.name ?? "" },
          scanId: round.id,
        }),
      ])
    : [null, false];
  const status = round.closed ? t("organiser.statusClosed") : t("organiser.statusOpen");
  // Live team-view links would tie an invitee who just submitted to a team: none while personal links are in use.
  const teamViews = !round.closed && personalLinks.length > 0 ? [] : await teamViewsOf(round);
  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <p className="text-sm font-semibold text-brand-700">{localized(round.questionnaire.title, locale)}</p>
        <h1 className="text-2xl font-bold sm:text-3xl">
          {t("organiser.title", { organisation: round.organisationName })}
        </h1>
        <p className="flex flex-wrap items-center gap-x-2 gap-y-1 text-stone-700">
          <span
            className={`rounded-full px-2.5 py-0.5 text-sm font-semibold ${round.closed ? "bg-stone-200 text-stone-800" : "bg-emerald-100 text-emerald-900"}`}
          >
            {status}
          </span>
          <span>
            {[
              t("organiser.opened", { date: format.dateTime(round.createdAt, { dateStyle: "long" }) }),
              round.closedAt
                ? t("organiser.closedOn", { date: format.dateTime(round.closedAt, { dateStyle: "long" }) })
                : round.closesAt
                  ? t("organiser.closesOn", { date: format.dateTime(round.closesAt, { dateStyle: "long" }) })
                  : null,
            ]
              .filter(Boolean)
              .join(" · ")}
          </span>
        </p>
      </header>

      <section
        aria-labelledby="keep-link"
        className={`space-y-2 rounded-xl border p-5 ${query.new ? "border-amber-400 bg-amber-50" : "border-stone-200 bg-white"}`}
      >
        <h2 id="keep-link" className="text-lg font-semibold">
          {t("organiser.keepTitle")}
        </h2>
        <p>{t("organiser.keepText")}</p>
        <CopyLink url={`${origin}/rounds/${token}`} label={t("organiser.organiserLink")} />
      </section>

      <div className="grid grid-cols-1 items-start gap-6 lg:grid-cols-2">
        <section aria-labelledby="progress" className={card}>
          <h2 id="progress" className="text-lg font-semibold">
            {t("progress.title")}
          </h2>
          <RoundModeNotice
            sealed={round.sealed}
            expectedRespondents={round.expectedRespondents}
            personalLinks={personalLinks.length > 0}
          />
          <RoundProgressTable
            progress={progress}
            minGroupSize={round.minGroupSize}
            mail={mail.size > 0 ? countMailStates(mail.values()) : undefined}
          />
          {round.closed ? (
            <div className="space-y-3 border-t border-stone-200 pt-4">
              <p>{t("organiser.closedText", { counted: round.respondentCount, unfinished: round.unfinishedCount })}</p>
              {round.aggregate?.shown ? (
                <p className="text-sm text-stone-600">{t("organiser.noReopen")}</p>
              ) : (
                <RoundStatusForm action={reopenRoundAction} token={token} mode="reopen" unfinished={0} />
              )}
            </div>
          ) : (
            <div className="space-y-3 border-t border-stone-200 pt-4">
              <p className="text-stone-700">{t("organiser.closeLead")}</p>
              <RoundStatusForm
                action={closeRoundAction}
                token={token}
                mode="close"
                unfinished={progress.total.started - progress.total.submitted}
              />
            </div>
          )}
        </section>

        <section aria-labelledby="links" className={card}>
          <h2 id="links" className="text-lg font-semibold">
            {t("organiser.linksTitle")}
          </h2>
          {round.sealed ? (
            <p className="text-stone-700" data-testid="sealed-no-team-link">
              {tAnon("sealed.noTeamLink")}
            </p>
          ) : (
            !round.closed && (
              <>
                <CopyLink
                  url={`${origin}/join/${round.teamToken}${lang}`}
                  label={t("organiser.teamLink")}
                  hint={t("organiser.teamLinkHint")}
                />
                <ExpectedRespondentsForm
                  action={setExpectedRespondentsAction}
                  token={token}
                  expected={round.expectedRespondents ?? 0}
                  joined={teamJoined}
                />
              </>
            )
          )}
          <CopyLink
            url={`${origin}/results/${round.resultsToken}`}
            label={t("organiser.resultsLink")}
            hint={t("organiser.resultsLinkHint")}
          />
          {round.closed && (
            <Link
              href={`/results/${round.resultsToken}`}
              className="inline-flex font-medium text-brand-800 underline underline-offset-2"
            >
              {t("organiser.viewResults")}
            </Link>
          )}
          {teamViews.length > 0 && (
            <div className="space-y-2">
              <h3 className="font-semibold">{t("organiser.teamViews")}</h3>
              <ul className="space-y-1">
                {teamViews.map(({ team, number }) => (
                  <li key={team}>
                    <Link
                      href={`/results/${round.resultsToken}/teams/${number}`}
                      className="text-brand-800 underline underline-offset-2"
                    >
                      {team}
                    </Link>
                  </li>
                ))}
              </ul>
            </div>
          )}
        </section>
      </div>

      {!round.closed && <RoundGroupPreview round={round} locale={locale} personalLinks={personalLinks.length > 0} />}

      {shown && loop && (
        <div className="space-y-8 border-t border-stone-200 pt-8" data-testid="organiser-loop">
          <TargetReview
            questionnaire={round.questionnaire}
            locale={locale}
            domains={shown.domains}
            previous={loop.previous}
          />
          <LoopSection
            questionnaire={round.questionnaire}
            locale={locale}
            domains={shown.domains}
            loop={loop}
            canChange={canChange}
            organiserToken={canChange && !round.clientId ? token : undefined}
            actionListHref={loop.clientId ? `/clients/${loop.clientId}/actions` : undefined}
          />
          {canChange && (
            <RecommendationPicks
              questionnaire={round.questionnaire}
              aggregate={shown}
              locale={locale}
              scanId={round.id}
              organiserToken={!round.clientId ? token : undefined}
              agreed={new Set(loop.actions.map((a) => a.recommendationId))}
            />
          )}
        </div>
      )}

      <section aria-labelledby="personal" className={card}>
        <h2 id="personal" className="text-lg font-semibold">
          {t("links.title")}
        </h2>
        <p className="text-stone-700">{round.sealed ? tAnon("sealed.lead") : t("links.lead")}</p>
        {!round.closed && (
          <PersonalLinksForm action={addPersonalLinksAction} token={token} mailOn={mailOn} sealed={round.sealed} />
        )}
        {personalLinks.length > 0 && (
          <div className="space-y-3">
            <div className="flex flex-wrap items-center justify-between gap-2">
              <h3 className="font-semibold">{t("links.listTitle", { count: personalLinks.length })}</h3>
              {/* A sealed round's links are mailed only: nothing to copy (they never reach this page). */}
              {!round.sealed && (
                <div className="flex items-center gap-2 text-sm text-stone-700">
                  <span>{t("links.copyAll")}</span>
                  <CopyButton
                    text={personalLinks
                      .map((link) => `${link.invitee}\t${origin}/invite/${link.inviteToken}${lang}`)
                      .join("\n")}
                  />
                </div>
              )}
            </div>
            {/* A table on wide screens; on a phone each row stacks (person and state, then the link) so
                nothing scrolls sideways. Chromium keeps the table roles with these display values. */}
            <table className="w-full border-collapse text-left text-sm">
              <caption className="sr-only">{t("links.caption")}</caption>
              <thead className="hidden border-b border-stone-200 text-stone-700 sm:table-header-group">
                <tr>
                  <th scope="col" className="py-2 pr-3 font-semibold">
                    {t("links.invitee")}
                  </th>
                  <th scope="col" className="py-2 pr-3 font-semibold">
                    {t("links.state")}
                  </th>
                  {showMail && (
                    <th scope="col" className="py-2 pr-3 font-semibold">
                      {tMail("links.column")}
                    </th>
                  )}
                  <th scope="col" className="py-2 font-semibold">
                    {t("links.link")}
                  </th>
                </tr>
              </thead>
              <tbody className="block divide-y divide-stone-100 border-t border-stone-200 sm:table-row-group sm:border-t-0">
                {personalLinks.map((link) => (
                  <tr key={link.id} className="grid grid-cols-[1fr_auto] gap-x-3 gap-y-1 py-3 sm:table-row sm:py-0">
                    <th scope="row" className="font-medium break-words sm:py-2 sm:pr-3 sm:align-top">
                      {link.invitee}
                    </th>
                    <td className="sm:py-2 sm:pr-3 sm:align-top sm:whitespace-nowrap">
                      <span
                        className={`inline-block rounded-full px-2 py-0.5 text-xs font-semibold ${STATE_STYLE[link.status]}`}
                      >
                        {t(`links.states.${link.status}`)}
                      </span>
                    </td>
                    {showMail && (
                      <td className="col-span-2 sm:py-2 sm:pr-3 sm:align-top">
                        <div className="flex flex-wrap items-start gap-2">
                          <MailStateBadge status={mail.get(link.id)} />
                          {mail.get(link.id)?.invitation === "failed" && !round.closed && (
                            <MailButtonForm
                              action={resendInvitationAction}
                              fields={{ token, mailId: mail.get(link.id)?.mailId ?? "" }}
                              label={tMail("resend.submit")}
                            />
                          )}
                        </div>
                      </td>
                    )}
                    <td className="col-span-2 font-mono text-xs break-all text-stone-700 select-all sm:py-2 sm:align-top">
                      {link.inviteToken ? (
                        `${origin}/invite/${link.inviteToken}${lang}`
                      ) : (
                        <span className="font-sans text-stone-600">{tAnon("sealed.linkHidden")}</span>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      {personalLinks.length > 0 && !round.closed && (
        <section aria-labelledby="reminders" className={card}>
          <h2 id="reminders" className="text-lg font-semibold">
            {tMail("reminders.title")}
          </h2>
          <RoundReminders
            token={token}
            mailOn={mailOn}
            closesAt={round.closesAt}
            reminderDaysBefore={round.reminderDaysBefore}
            autoReminderSentAt={round.autoReminderSentAt}
            lastReminderAt={round.lastReminderAt}
          />
        </section>
      )}
    </div>
  );
}
