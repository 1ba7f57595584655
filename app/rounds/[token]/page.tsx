import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { RoundMirrorLinkSection } from "@/components/mirrors/organise/round-mirror-link-section";
import { KeepLinkSection } from "@/components/round-admin/keep-link-section";
import { OrganiserHeaderSection } from "@/components/round-admin/organiser-header-section";
import { OrganiserLoopSection } from "@/components/round-admin/organiser-loop-section";
import { PersonalLinksSection } from "@/components/round-admin/personal-links-section";
import { RoundGroupPreview } from "@/components/round-admin/round-group-preview";
import { RoundLinksSection } from "@/components/round-admin/round-links-section";
import { RoundProgressSection } from "@/components/round-admin/round-progress-section";
import { RoundRemindersSection } from "@/components/round-admin/round-reminders-section";
import { absoluteUrl } from "@/lib/links/absolute-url";
import { tokenSchema } from "@/lib/schemas/scan";
import { loadOrganiserPage, loadOrganiserTitle } from "@/lib/server/pages/load-organiser-page";

type Params = { params: Promise<{ token: string }> };

/** "Ronde beheren · <organisation> · Klantkompas"; never indexed. */
export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { token } = await params;
  const organisation = tokenSchema.safeParse(token).success ? await loadOrganiserTitle({ token }) : null;
  const t = await getTranslations("round.organiser");
  return {
    ...(organisation ? { title: t("metaTitle", { organisation }) } : {}),
    robots: { index: false, follow: false },
  };
}

/** The organiser's private page: links, progress, closing, and the results once closed. Never an answer. */
export default async function OrganiserPage({
  params,
  searchParams,
}: Params & { searchParams: Promise<{ new?: string }> }) {
  const [{ token }, query] = await Promise.all([params, searchParams]);
  if (!tokenSchema.safeParse(token).success) notFound();
  const [data, locale] = await Promise.all([loadOrganiserPage({ token }), getLocale()]);
  if (!data) notFound();
  const { round, origin, progress, sources, personalLinks, teamJoined, mailOn, mail, loop, teamViews, client } = data;
  const hasPersonalLinks = personalLinks.length > 0;
  return (
    <div className="space-y-8">
      <OrganiserHeaderSection round={round} locale={locale} client={client} />
      <KeepLinkSection
        url={absoluteUrl({ origin, path: `/rounds/${token}` })}
        token={token}
        highlight={Boolean(query.new)}
        client={client}
        canMailLink={data.canMailLink}
      />
      <div className="grid grid-cols-1 items-start gap-6 lg:grid-cols-2">
        <RoundLinksSection round={round} token={token} origin={origin} teamJoined={teamJoined} teamViews={teamViews} />
        <RoundProgressSection {...{ round, token, progress, sources, mail }} personalLinks={hasPersonalLinks} />
      </div>
      {!round.closed && <RoundGroupPreview round={round} locale={locale} personalLinks={hasPersonalLinks} />}
      {loop && <OrganiserLoopSection round={round} token={token} locale={locale} loop={loop} />}
      <PersonalLinksSection {...{ round, token, origin, personalLinks, mailOn, mail }} />
      {hasPersonalLinks && !round.closed && <RoundRemindersSection round={round} token={token} mailOn={mailOn} />}
      <RoundMirrorLinkSection token={token} />
    </div>
  );
}
