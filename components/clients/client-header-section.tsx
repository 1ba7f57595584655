import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import type { LoadedClient } from "@/lib/server/clients/load-client";

/** The client's name, details and number of submitted scans, with the way to edit them. */
export async function ClientHeaderSection({
  client,
  submittedCount,
}: {
  client: LoadedClient["client"];
  submittedCount: number;
}) {
  const t = await getTranslations();
  return (
    <header className="space-y-4">
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-bold sm:text-3xl">{client.name}</h1>
        {client.archivedAt !== null && (
          <span className="rounded-full bg-stone-200 px-3 py-1 text-sm font-medium text-stone-800">
            {t("clients.archive.badge")}
          </span>
        )}
      </div>
      <dl className="grid gap-x-8 gap-y-3 sm:grid-cols-[auto_1fr]">
        <Detail label={t("clients.details.sector")}>{t(`sectors.${client.sector as "other"}`)}</Detail>
        <Detail label={t("clients.details.size")}>{t(`sizeBands.${client.sizeBand as "1-9"}`)}</Detail>
        <Detail label={t("clients.details.notes")}>
          {client.notes ? (
            <span className="whitespace-pre-line">{client.notes}</span>
          ) : (
            <span className="text-stone-500">{t("clients.details.noNotes")}</span>
          )}
        </Detail>
      </dl>
      <p className="text-sm text-stone-600">{t("clients.details.scans", { count: submittedCount })}</p>
      <Link
        href={`/clients/${client.id}/edit`}
        className="no-print inline-flex rounded-lg border border-stone-300 bg-white px-4 py-2 font-medium text-stone-800 hover:bg-stone-100"
      >
        {t("clients.details.edit")}
      </Link>
    </header>
  );
}

function Detail({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
      <dt className="font-medium text-stone-600">{label}</dt>
      <dd className="text-stone-900">{children}</dd>
    </>
  );
}
