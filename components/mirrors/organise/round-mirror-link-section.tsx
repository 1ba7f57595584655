import Link from "next/link";
import { getTranslations } from "next-intl/server";

/** On a round's organiser page: start a customer mirror paired with this round. */
export async function RoundMirrorLinkSection({ token }: { token: string }) {
  const t = await getTranslations("mirrorOrganise.round");
  return (
    <p className="no-print text-stone-700">
      {t("ask")}{" "}
      <Link href={`/mirrors/new?round=${token}`} className="font-medium text-brand-800 underline underline-offset-2">
        {t("start")}
      </Link>
    </p>
  );
}
