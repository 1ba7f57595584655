import Link from "next/link";
import { getTranslations } from "next-intl/server";

export default async function NotFound() {
  const t = await getTranslations();
  return (
    <div className="mx-auto max-w-xl space-y-4 py-10">
      <h1 className="text-2xl font-bold">{t("notFound.title")}</h1>
      <p className="text-stone-700">{t("notFound.text")}</p>
      <Link href="/" className="text-brand-800 underline underline-offset-2">
        {t("common.backHome")}
      </Link>
    </div>
  );
}
