import { getTranslations } from "next-intl/server";
import { getRoundProvenance } from "@/lib/server/rounds/provenance";

/**
 * Which mode the round used and what it protects against, and — when the results show how many responded — how
 * many responses came through the team link and how many through personal links (padding through the team link
 * cannot be told from a real response, so it is at least shown). Owned by the anonymity work (issue 14).
 */
export async function RoundProvenance({
  scanId,
  sealed,
  shown,
}: {
  scanId: string;
  sealed: boolean;
  /** The results show the number of respondents; below the minimum the counts stay hidden too. */
  shown: boolean;
}) {
  const [t, counts] = await Promise.all([getTranslations("anonymity.provenance"), getRoundProvenance(scanId)]);
  return (
    <section aria-labelledby="round-provenance" className="space-y-1" data-testid="round-provenance">
      <h2 id="round-provenance" className="text-lg font-semibold">
        {t("title")}
      </h2>
      <p className="text-stone-700">{t(sealed ? "sealed" : "open")}</p>
      {shown && <p className="text-stone-700">{t("counts", counts)}</p>}
    </section>
  );
}
