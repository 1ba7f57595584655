import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { MirrorResultsView } from "@/components/mirrors/results/mirror-results-view";
import { loadMirrorResultsPage } from "@/lib/server/pages/load-mirror-results-page";

type Props = { params: Promise<{ token: string }> };

/** The organiser's capability page is never indexed; its title names the organisation only. */
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { token } = await params;
  const [t, data] = await Promise.all([
    getTranslations("mirrorResults"),
    loadMirrorResultsPage({ organiserToken: token }),
  ]);
  const robots = { index: false };
  return data ? { title: t("pageTitle", { organisation: data.results.mirror.organisationName }), robots } : { robots };
}

/** A mirror's results for its organiser: everything the shared link shows, plus the open answers and export. */
export default async function MirrorOrganiserResultsPage({ params }: Props) {
  const { token } = await params;
  const data = await loadMirrorResultsPage({ organiserToken: token });
  if (!data) notFound();
  return <MirrorResultsView data={data} />;
}
