import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { startClientRoundAction } from "@/app/actions/rounds/start-client-round";
import { ClientCardSection } from "@/components/clients/client-card-section";
import { RoundForm } from "@/components/round-admin/round-form";
import type { Locale } from "@/lib/i18n/locales";
import { createToken } from "@/lib/security/tokens";
import type { ClientScan } from "@/lib/server/clients/client-scans";

/** The client's team rounds, newest first, each with its mail trouble and organiser page; and starting one. */
export async function ClientRoundsSection({
  client,
  rounds,
  failedInvitations,
  archived,
  mailOn,
  locale,
}: {
  client: { id: string; name: string };
  rounds: ClientScan[];
  failedInvitations: Map<string, number>;
  archived: boolean;
  mailOn: boolean;
  locale: Locale;
}) {
  const [t, format] = await Promise.all([getTranslations(), getFormatter()]);
  return (
    <ClientCardSection
      id="rounds"
      title={t("round.client.title")}
      lead={t("round.client.lead", { name: client.name })}
      className="no-print"
    >
      {rounds.length > 0 && (
        <ul className="divide-y divide-stone-100">
          {[...rounds].reverse().map((r) => (
            <li key={r.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
              <span>
                {r.submittedAt
                  ? t("round.organiser.closedOn", { date: format.dateTime(r.submittedAt, { dateStyle: "medium" }) })
                  : t("round.organiser.statusOpen")}
                {" · "}
                {t("round.client.respondents", { count: r.respondentCount })}
                {(failedInvitations.get(r.id) ?? 0) > 0 && (
                  <span className="ml-2 inline-block rounded-full bg-red-100 px-2 py-0.5 text-xs font-semibold text-red-900">
                    {t("mail.client.failed", { count: failedInvitations.get(r.id) ?? 0 })}
                  </span>
                )}
              </span>
              {r.organiserToken && (
                <Link
                  href={`/rounds/${r.organiserToken}`}
                  className="font-medium text-brand-800 underline underline-offset-2"
                >
                  {t("round.client.organiserPage")}
                  {/* Each round's link has the same words: the hidden part names the round (WCAG 2.4.4). */}
                  <span className="sr-only">
                    {" "}
                    {t("clients.roundOf", {
                      date: format.dateTime(r.createdAt, { dateStyle: "medium", timeStyle: "short" }),
                    })}
                  </span>
                </Link>
              )}
            </li>
          ))}
        </ul>
      )}
      {!archived && (
        <details className="rounded-lg border border-stone-200 p-4" open={rounds.length === 0}>
          <summary className="cursor-pointer font-semibold text-brand-800">{t("round.client.open")}</summary>
          <div className="mt-4">
            <RoundForm
              action={startClientRoundAction}
              clientId={client.id}
              defaultLocale={locale}
              submitKey={createToken()}
              mailOn={mailOn}
            />
          </div>
        </details>
      )}
    </ClientCardSection>
  );
}
