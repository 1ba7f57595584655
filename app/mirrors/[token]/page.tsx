import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { MirrorCloseSection } from "@/components/mirrors/organise/mirror-close-section";
import { MirrorCountsSection } from "@/components/mirrors/organise/mirror-counts-section";
import { MirrorHeaderSection } from "@/components/mirrors/organise/mirror-header-section";
import { MirrorInvitesSection } from "@/components/mirrors/organise/mirror-invites-section";
import { MirrorLinksSection } from "@/components/mirrors/organise/mirror-links-section";
import { MirrorQrSection } from "@/components/mirrors/organise/mirror-qr-section";
import { MirrorRemindersSection } from "@/components/mirrors/organise/mirror-reminders-section";
import { tokenSchema } from "@/lib/schemas/scan";
import { loadMirrorOrganiserPage, loadMirrorTitle } from "@/lib/server/pages/load-mirror-organiser";

type Params = { params: Promise<{ token: string }> };

/** "Klantspiegel · <organisation> · Klantkompas"; never indexed. */
export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { token } = await params;
  const organisation = tokenSchema.safeParse(token).success ? await loadMirrorTitle({ token }) : null;
  const t = await getTranslations("mirrorOrganise.page");
  return {
    ...(organisation ? { title: t("metaTitle", { organisation }) } : {}),
    robots: { index: false, follow: false },
  };
}

/** The organiser's private page of a customer mirror: links, QR code, invitations, counts, closing. */
export default async function MirrorOrganiserPage({
  params,
  searchParams,
}: Params & { searchParams: Promise<{ new?: string }> }) {
  const [{ token }, query] = await Promise.all([params, searchParams]);
  if (!tokenSchema.safeParse(token).success) notFound();
  const [data, locale] = await Promise.all([loadMirrorOrganiserPage({ token }), getLocale()]);
  if (!data) notFound();
  const { mirror, counts, links, mailOn } = data;
  return (
    <div className="space-y-8">
      <MirrorHeaderSection mirror={mirror} links={links} isNew={Boolean(query.new)} />
      <div className="grid grid-cols-1 items-start gap-6 lg:grid-cols-2">
        <MirrorLinksSection mirror={mirror} links={links} />
        <MirrorQrSection mirror={mirror} links={links} />
      </div>
      <MirrorCountsSection mirror={mirror} counts={counts} />
      {!mirror.closed && (
        <div className="grid grid-cols-1 items-start gap-6 lg:grid-cols-2">
          <MirrorInvitesSection mirror={mirror} token={token} counts={counts} mailOn={mailOn} />
          {counts.invited > 0 && <MirrorRemindersSection mirror={mirror} token={token} mailOn={mailOn} />}
        </div>
      )}
      <MirrorCloseSection mirror={mirror} token={token} locale={locale} />
    </div>
  );
}
