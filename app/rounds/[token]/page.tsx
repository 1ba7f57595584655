import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { addPersonalLinksAction, closeRoundAction, reopenRoundAction } from "@/app/rounds/actions";
import { PersonalLinksForm } from "@/components/round-admin/personal-links-form";
import { RoundProgressTable } from "@/components/round-admin/round-progress-table";
import { RoundStatusForm } from "@/components/round-admin/round-status-form";
import { CopyLink } from "@/components/ui/copy-link";
import { localized } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/questionnaire/schema";
import { getRequestOrigin } from "@/lib/request-origin";
import { getRoundByOrganiserToken, getRoundProgress } from "@/lib/rounds/get-round";
import { tokenSchema } from "@/lib/schemas/assessment";

export const metadata: Metadata = { robots: { index: false, follow: false } };

const card = "space-y-4 rounded-xl border border-stone-200 bg-white p-5";

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
  const [t, locale, format, origin, { progress, personalLinks }] = await Promise.all([
    getTranslations("round"),
    getLocale() as Promise<Locale>,
    getFormatter(),
    getRequestOrigin(),
    getRoundProgress(round),
  ]);
  const lang = `?lang=${round.locale}`;
  const status = round.closed ? t("organiser.statusClosed") : t("organiser.statusOpen");
  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <p className="text-sm font-semibold text-brand-700">{localized(round.questionnaire.title, locale)}</p>
        <h1 className="text-2xl font-bold sm:text-3xl">
          {t("organiser.title", { organisation: round.organisationName })}
        </h1>
        <p className="text-stone-700">
          {[
            status,
            t("organiser.opened", { date: format.dateTime(round.createdAt, { dateStyle: "long" }) }),
            round.closedAt
              ? t("organiser.closedOn", { date: format.dateTime(round.closedAt, { dateStyle: "long" }) })
              : round.closesAt
                ? t("organiser.closesOn", { date: format.dateTime(round.closesAt, { dateStyle: "long" }) })
                : null,
          ]
            .filter(Boolean)
            .join(" · ")}
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

      <div className="grid items-start gap-6 lg:grid-cols-2">
        <section aria-labelledby="progress" className={card}>
          <h2 id="progress" className="text-lg font-semibold">
            {t("progress.title")}
          </h2>
          <RoundProgressTable progress={progress} minGroupSize={round.minGroupSize} />
          {round.closed ? (
            <div className="space-y-3 border-t border-stone-200 pt-4">
              <p>{t("organiser.closedText", { counted: round.respondentCount, unfinished: round.unfinishedCount })}</p>
              <RoundStatusForm action={reopenRoundAction} token={token} mode="reopen" unfinished={0} />
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
          {!round.closed && (
            <CopyLink
              url={`${origin}/join/${round.teamToken}${lang}`}
              label={t("organiser.teamLink")}
              hint={t("organiser.teamLinkHint")}
            />
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
          {round.teams.length > 0 && (
            <div className="space-y-2">
              <h3 className="font-semibold">{t("organiser.teamViews")}</h3>
              <ul className="space-y-1">
                {round.teams.map((team, index) => (
                  <li key={team}>
                    <Link
                      href={`/results/${round.resultsToken}/teams/${index + 1}`}
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

      <section aria-labelledby="personal" className={card}>
        <h2 id="personal" className="text-lg font-semibold">
          {t("links.title")}
        </h2>
        <p className="text-stone-700">{t("links.lead")}</p>
        {!round.closed && <PersonalLinksForm action={addPersonalLinksAction} token={token} />}
        {personalLinks.length > 0 && (
          <div className="overflow-x-auto">
            <table className="w-full min-w-[36rem] border-collapse text-left text-sm">
              <caption className="sr-only">{t("links.caption")}</caption>
              <thead className="border-b border-stone-200 text-stone-700">
                <tr>
                  <th scope="col" className="py-2 pr-3 font-semibold">
                    {t("links.invitee")}
                  </th>
                  <th scope="col" className="py-2 pr-3 font-semibold">
                    {t("links.state")}
                  </th>
                  <th scope="col" className="py-2 font-semibold">
                    {t("links.link")}
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-stone-100">
                {personalLinks.map((link) => (
                  <tr key={link.inviteToken}>
                    <th scope="row" className="py-2 pr-3 font-medium break-all">
                      {link.invitee}
                    </th>
                    <td className="py-2 pr-3">{t(`links.states.${link.status}`)}</td>
                    <td className="py-2 font-mono text-xs break-all">
                      {`${origin}/invite/${link.inviteToken}${lang}`}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </div>
  );
}
