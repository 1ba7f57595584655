import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PRIMARY_BUTTON } from "@/components/ui/button-styles";

/** On the team link: this browser already has a response; back to it, or start another for someone else. */
export async function OwnResponseSection({ resumeToken, submitted }: { resumeToken: string; submitted: boolean }) {
  const t = await getTranslations("round.join");
  return (
    <div className="space-y-3 rounded-xl border border-brand-200 bg-brand-50 p-5">
      <p>{submitted ? t("alreadySubmitted") : t("alreadyStarted")}</p>
      <Link href={`/scan/${resumeToken}`} className={`${PRIMARY_BUTTON} inline-flex`}>
        {submitted ? t("viewOwn") : t("continueOwn")}
      </Link>
      <p className="text-sm text-stone-700">{t("someoneElse")}</p>
    </div>
  );
}
