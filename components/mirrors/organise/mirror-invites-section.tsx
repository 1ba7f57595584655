import { getTranslations } from "next-intl/server";
import { addMirrorInvitesAction } from "@/app/actions/mirrors/add-mirror-invites";
import { MailOffNotice } from "@/components/mail/mail-off-notice";
import { MirrorInvitesForm } from "@/components/mirrors/organise/mirror-invites-form";
import { Card } from "@/components/ui/card";
import type { MirrorCounts, OrganiserMirror } from "@/lib/server/mirrors/get-mirror-for-organiser";

/** Personal links by mail: a pasted list or a CSV file; with mail off, the public link and QR code instead. */
export async function MirrorInvitesSection({
  mirror,
  token,
  counts,
  mailOn,
}: {
  mirror: OrganiserMirror;
  token: string;
  counts: MirrorCounts;
  mailOn: boolean;
}) {
  const t = await getTranslations("mirrorOrganise.invites");
  return (
    <Card as="section" aria-labelledby="mirror-invites" className="min-w-0 space-y-3">
      <h2 id="mirror-invites" className="text-lg font-semibold">
        {t("title")}
      </h2>
      <p className="text-stone-700">{t("lead")}</p>
      {mailOn ? (
        <MirrorInvitesForm
          action={addMirrorInvitesAction}
          token={token}
          segments={mirror.segmentList}
          invited={counts.invited}
        />
      ) : (
        <MailOffNotice text={t("mailOff")} />
      )}
    </Card>
  );
}
