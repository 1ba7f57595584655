import { getTranslations } from "next-intl/server";
import { CopyLink } from "@/components/ui/copy-link";

/** The organiser's own link to keep; highlighted right after the round was made. */
export async function KeepLinkSection({ url, highlight }: { url: string; highlight: boolean }) {
  const t = await getTranslations("round");
  return (
    <section
      aria-labelledby="keep-link"
      className={`space-y-2 rounded-xl border p-5 ${highlight ? "border-amber-400 bg-amber-50" : "border-stone-200 bg-white"}`}
    >
      <h2 id="keep-link" className="text-lg font-semibold">
        {t("organiser.keepTitle")}
      </h2>
      <p>{t("organiser.keepText")}</p>
      <CopyLink url={url} label={t("organiser.organiserLink")} />
    </section>
  );
}
