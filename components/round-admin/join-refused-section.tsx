import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { RoundModeNotice } from "@/components/round-admin/round-mode-notice";
import { PRIMARY_BUTTON } from "@/components/ui/button-styles";
import type { JoinPageData } from "@/lib/server/pages/load-join-page";

/** A team link that takes no new response: the round is sealed (no team link at all) or full. */
export async function JoinRefusedSection({ sealed, mine }: { sealed: boolean; mine: JoinPageData["mine"] }) {
  const [t, tAnon] = await Promise.all([getTranslations("round.join"), getTranslations("anonymity.join")]);
  return (
    <section
      aria-labelledby="join-refused"
      className="space-y-2 rounded-xl border border-amber-400 bg-amber-50 p-5"
      data-testid="join-refused"
    >
      <h2 id="join-refused" className="text-lg font-semibold">
        {tAnon(sealed ? "sealedTitle" : "fullTitle")}
      </h2>
      <p>{tAnon(sealed ? "sealedText" : "fullText")}</p>
      {mine && (
        <Link href={`/scan/${mine.resumeToken}`} className={`${PRIMARY_BUTTON} inline-flex`}>
          {mine.submitted ? t("viewOwn") : t("continueOwn")}
        </Link>
      )}
      {sealed && <RoundModeNotice sealed expectedRespondents={null} />}
    </section>
  );
}
