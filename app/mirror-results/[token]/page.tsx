import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { MirrorResultsView } from "@/components/mirrors/results/mirror-results-view";
import { loadMirrorResultsPage } from "@/lib/server/pages/load-mirror-results-page";

type Props = { params: Promise<{ token: string }> };

/** A results link is never indexed; its title names the organisation only. */
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { token } = await params;
  const [t, data] = await Promise.all([
    getTranslations("mirrorResults"),
    loadMirrorResultsPage({ resultsToken: token }),
  ]);
  const robots = { index: false };
  return data ? { title: t("pageTitle", { organisation: data.results.mirror.organisationName }), robots } : { robots };
}

/** A mirror's shared, read-only results: never the open answers (the loader does not even read them). */
export default async function SharedMirrorResultsPage({ params }: Props) {
  const { token } = await params;
  const data = await loadMirrorResultsPage({ resultsToken: token });
  if (!data) notFound();
  return <MirrorResultsView data={data} />;
}
