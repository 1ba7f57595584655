import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { createClientAction } from "@/app/actions/clients/create-client";
import { Breadcrumbs } from "@/components/clients/breadcrumbs";
import { ClientForm } from "@/components/clients/client-form";
import { createToken } from "@/lib/security/tokens";
import { requireConsultant } from "@/lib/server/auth/current-consultant";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("clients");
  return { title: t("newTitle"), robots: { index: false, follow: false } };
}

export default async function NewClientPage() {
  await requireConsultant();
  const t = await getTranslations("clients");
  return (
    <div className="mx-auto max-w-xl space-y-6">
      <Breadcrumbs items={[{ label: t("newTitle") }]} />
      <div className="space-y-2">
        <h1 className="text-2xl font-bold">{t("newTitle")}</h1>
        <p className="text-stone-700">{t("newLead")}</p>
      </div>
      <div className="rounded-xl border border-stone-200 bg-white p-6 shadow-sm">
        <ClientForm action={createClientAction} cancelHref="/dashboard" submitKey={createToken()} />
      </div>
    </div>
  );
}
