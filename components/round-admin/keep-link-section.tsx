import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { mailOrganiserLinkAction } from "@/app/actions/rounds/mail-organiser-link";
import { MailOrganiserLinkForm } from "@/components/round-admin/mail-organiser-link-form";
import { CopyLink } from "@/components/ui/copy-link";

/**
 * The organiser's own link to keep; highlighted right after the round was made. A consultant whose client the
 * round belongs to finds it again on the client page (said so, with the way there); an organiser without an
 * account can have it mailed to their own address.
 */
export async function KeepLinkSection({
  url,
  token,
  highlight,
  client,
  canMailLink,
}: {
  url: string;
  token: string;
  highlight: boolean;
  client: { id: string; name: string } | null;
  canMailLink: boolean;
}) {
  const t = await getTranslations("round");
  return (
    <section
      aria-labelledby="keep-link"
      className={`space-y-2 rounded-xl border p-5 ${highlight ? "border-amber-400 bg-amber-50" : "border-stone-200 bg-white"}`}
    >
      <h2 id="keep-link" className="text-lg font-semibold">
        {t("organiser.keepTitle")}
      </h2>
      <p data-testid="keep-link-text">
        {client ? t("organiser.keepTextClient", { client: client.name }) : t("organiser.keepText")}
      </p>
      {client && (
        <p>
          <Link href={`/clients/${client.id}`} className="font-medium text-brand-800 underline underline-offset-2">
            {t("organiser.clientPage", { client: client.name })}
          </Link>
        </p>
      )}
      <CopyLink url={url} label={t("organiser.organiserLink")} />
      {canMailLink && <MailOrganiserLinkForm action={mailOrganiserLinkAction} token={token} />}
    </section>
  );
}
