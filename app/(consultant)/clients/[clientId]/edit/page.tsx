import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { updateClientAction } from "@/app/actions/clients/update-client";
import { Breadcrumbs } from "@/components/clients/breadcrumbs";
import { ClientForm } from "@/components/clients/client-form";
import { idSchema } from "@/lib/schemas/client";
import { requireConsultant } from "@/lib/server/auth/current-consultant";
import { getClient } from "@/lib/server/clients/manage-clients";

type Props = { params: Promise<{ clientId: string }> };

async function loadClient(params: Props["params"]) {
  const { workspaceId } = await requireConsultant();
  const { clientId } = await params;
  if (!idSchema.safeParse(clientId).success) return null;
  return getClient({ workspaceId, clientId });
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [client, t] = await Promise.all([loadClient(params), getTranslations()]);
  const title = client ? t("clients.editTitle", { name: client.name }) : t("notFound.title");
  return { title, robots: { index: false, follow: false } };
}

export default async function EditClientPage({ params }: Props) {
  const client = await loadClient(params);
  if (!client) notFound();
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
