import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { BenchmarkSharingSection } from "@/components/benchmark/benchmark-sharing-section";
import { PeerCountsSection } from "@/components/benchmark/peer-counts-section";
import { env } from "@/lib/env";
import { requireConsultant } from "@/lib/server/auth/current-consultant";
import { getBenchmarkOptIn, listPeerCounts } from "@/lib/server/benchmark/benchmark-settings";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("benchmark.page");
  return { title: t("title"), robots: { index: false, follow: false } };
}

/** Taking part in the benchmark (off by default), what that shares, and how many organisations count. */
export default async function BenchmarkPage() {
  const { workspaceId, role } = await requireConsultant();
  const [t, locale, optIn, counts] = await Promise.all([
    getTranslations("benchmark.page"),
    getLocale(),
    getBenchmarkOptIn({ workspaceId }),
    listPeerCounts(),
  ]);
  const min = env.BENCHMARK_MIN_PEERS;
  return (
    <>
      <header className="max-w-3xl space-y-2">
        <h1 className="text-2xl font-bold sm:text-3xl">{t("title")}</h1>
        <p className="text-stone-700">{t("lead")}</p>
      </header>
      <BenchmarkSharingSection optIn={optIn} owner={role === "owner"} min={min} />
      <PeerCountsSection counts={counts} min={min} locale={locale} />
    </>
  );
}
