import Link from "next/link";
import { getTranslations } from "next-intl/server";

/** The way back to the client, and the compare page's heading. */
export async function CompareHeaderSection({ client }: { client: { id: string; name: string } }) {
  const t = await getTranslations("compare");
  return (
    <>
      <nav className="no-print">
        <Link
          href={`/clients/${client.id}`}
          className="text-sm font-medium text-brand-800 underline-offset-2 hover:underline"
        >
          <span aria-hidden="true">← </span>
          {t("back", { client: client.name })}
        </Link>
      </nav>
      <header className="space-y-2">
        <p className="text-sm font-semibold text-brand-700">{client.name}</p>
        <h1 className="text-2xl font-bold sm:text-3xl">{t("title")}</h1>
      </header>
    </>
  );
}
