import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale } from "next-intl/server";
import { KeepLinkSection } from "@/components/round-admin/keep-link-section";
import { OrganiserHeaderSection } from "@/components/round-admin/organiser-header-section";
import { OrganiserLoopSection } from "@/components/round-admin/organiser-loop-section";
import { PersonalLinksSection } from "@/components/round-admin/personal-links-section";
import { RoundGroupPreview } from "@/components/round-admin/round-group-preview";
import { RoundLinksSection } from "@/components/round-admin/round-links-section";
import { RoundProgressSection } from "@/components/round-admin/round-progress-section";
import { RoundRemindersSection } from "@/components/round-admin/round-reminders-section";
import type { Locale } from "@/lib/questionnaire/schema";
import { tokenSchema } from "@/lib/schemas/scan";
import { loadOrganiserPage } from "@/lib/server/pages/load-organiser-page";

export const metadata: Metadata = { robots: { index: false, follow: false } };

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
  const [data, locale] = await Promise.all([loadOrganiserPage({ token }), getLocale() as Promise<Locale>]);
  if (!data) notFound();
  const { round, origin, progress, personalLinks, teamJoined, mailOn, mail, loop, teamViews } = data;
  const hasPersonalLinks = personalLinks.length > 0;
  return (
    <div className="space-y-8">
      <OrganiserHeaderSection round={round} locale={locale} />
      <KeepLinkSection url={`${origin}/rounds/${token}`} highlight={Boolean(query.new)} />
      <div className="grid grid-cols-1 items-start gap-6 lg:grid-cols-2">
        <RoundProgressSection
          round={round}
          token={token}
          progress={progress}
          personalLinks={hasPersonalLinks}
          mail={mail}
        />
        <RoundLinksSection round={round} token={token} origin={origin} teamJoined={teamJoined} teamViews={teamViews} />
      </div>
      {!round.closed && <RoundGroupPreview round={round} locale={locale} personalLinks={hasPersonalLinks} />}
      {loop && <OrganiserLoopSection round={round} token={token} locale={locale} loop={loop} />}
      <PersonalLinksSection
        round={round}
        token={token}
        origin={origin}
        personalLinks={personalLinks}
        mailOn={mailOn}
        mail={mail}
      />
      {hasPersonalLinks && !round.closed && <RoundRemindersSection round={round} token={token} mailOn={mailOn} />}
    </div>
  );
}
