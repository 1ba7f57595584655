import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { updateClientAction } from "@/app/actions/clients/update-client";
import { Breadcrumbs } from "@/components/clients/breadcrumbs";
import { ClientForm } from "@/components/clients/client-form";
import { type ClientPageProps, loadClient } from "@/lib/server/clients/load-client";

export async function generateMetadata({ params }: Pick<ClientPageProps, "params">): Promise<Metadata> {
  const [found, t] = await Promise.all([params.then(loadClient), getTranslations()]);
  const title = found ? t("clients.editTitle", { name: found.client.name }) : t("notFound.title");
  return { title, robots: { index: false, follow: false } };
}

export default async function EditClientPage({ params }: Pick<ClientPageProps, "params">) {
  const { client } = (await loadClient(await params)) ?? notFound();
  const t = await getTranslations("clients");
  const clientHref = `/clients/${client.id}`;
  return (
    <div className="mx-auto max-w-xl space-y-6">
      <Breadcrumbs items={[{ label: client.name, href: clientHref }, { label: t("details.edit") }]} />
      <h1 className="text-2xl font-bold">{t("editTitle", { name: client.name })}</h1>
      <div className="rounded-xl border border-stone-200 bg-white p-6 shadow-sm">
        <ClientForm
          action={updateClientAction}
          client={{
            id: client.id,
            name: client.name,
            sector: client.sector,
            sizeBand: client.sizeBand,
            notes: client.notes,
          }}
          cancelHref={clientHref}
        />
      </div>
    </div>
  );
}
