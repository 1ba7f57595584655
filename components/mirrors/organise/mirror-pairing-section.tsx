import { getFormatter, getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { toLocale } from "@/lib/i18n/locale";
import type { MirrorPairing } from "@/lib/server/mirrors/create-mirror";

/** What the mirror is paired with: the inside view its customers' answers are set beside. */
export async function MirrorPairingSection({ pairing, locale }: { pairing: MirrorPairing; locale: string }) {
  const [t, format] = await Promise.all([
    getTranslations("mirrorOrganise.pairing"),
    getFormatter({ locale: toLocale(locale) }),
  ]);
  const date = format.dateTime(pairing.date, { dateStyle: "long" });
  return (
    <Card as="section" aria-labelledby="pairing" tone={pairing.final ? "plain" : "notice"} className="space-y-1">
      <h2 id="pairing" className="font-semibold">
        {t("title")}
      </h2>
      <p className="text-stone-800">
        {t(pairing.kind === "self" ? "selfScan" : "round", { organisation: pairing.organisationName, date })}
      </p>
      {!pairing.final && <p className="text-sm text-amber-900">{t("notFinal")}</p>}
    </Card>
  );
}
