import { getTranslations } from "next-intl/server";
import { addPersonalLinksAction } from "@/app/actions/rounds/add-personal-links";
import { resendInvitationAction } from "@/app/actions/rounds/resend-invitation";
import { MailButtonForm } from "@/components/mail/mail-button-form";
import { MailStateBadge } from "@/components/mail/mail-state-badge";
import { PersonalLinksForm } from "@/components/round-admin/personal-links-form";
import { Card } from "@/components/ui/card";
import { CopyButton } from "@/components/ui/copy-button";
import { absoluteUrl } from "@/lib/links/absolute-url";
import type { MailStatus } from "@/lib/mail/mail-status";
import type { PersonalLink, Round } from "@/lib/server/rounds/get-round";

const STATE_STYLE: Record<string, string> = {
  invited: "bg-stone-100 text-stone-800",
  opened: "bg-sky-100 text-sky-900",
  started: "bg-amber-100 text-amber-900",
  submitted: "bg-emerald-100 text-emerald-900",
};

/** Adding personal links, and each link with its state and mail (never anything answered). */
export async function PersonalLinksSection({
  round,
  token,
  origin,
  personalLinks,
  mailOn,
  mail,
}: {
  round: Round;
  token: string;
  origin: string;
  personalLinks: readonly PersonalLink[];
  mailOn: boolean;
  mail: Map<string, MailStatus>;
}) {
  const [t, tMail, tAnon] = await Promise.all([
    getTranslations("round"),
    getTranslations("mail"),
    getTranslations("anonymity"),
  ]);
  const showMail = mailOn || mail.size > 0;
  const inviteUrl = (inviteToken: string) =>
    absoluteUrl({ origin, path: `/invite/${inviteToken}`, lang: round.locale });
  return (
    <Card as="section" aria-labelledby="personal" className="min-w-0 space-y-4">
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
                  text={personalLinks.map((link) => `${link.invitee}\t${inviteUrl(link.inviteToken ?? "")}`).join("\n")}
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
                      inviteUrl(link.inviteToken)
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
    </Card>
  );
}
