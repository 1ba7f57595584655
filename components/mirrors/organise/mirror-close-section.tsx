import { getFormatter, getTranslations } from "next-intl/server";
import { closeMirrorAction } from "@/app/actions/mirrors/close-mirror";
import { MirrorCloseForm } from "@/components/mirrors/organise/mirror-close-form";
import { Card } from "@/components/ui/card";
import type { OrganiserMirror } from "@/lib/server/mirrors/get-mirror-for-organiser";

/** Closing by hand (with a confirmation), or, once closed, what closing did: no answers, no addresses any more. */
export async function MirrorCloseSection({
  mirror,
  token,
  locale,
}: {
  mirror: OrganiserMirror;
  token: string;
  locale: string;
}) {
  const [t, format] = await Promise.all([
    getTranslations("mirrorOrganise.close"),
    getFormatter({ locale: locale === "en" ? "en" : "nl" }),
  ]);
  return (
    <Card as="section" aria-labelledby="mirror-close" className="space-y-3">
      <h2 id="mirror-close" className="text-lg font-semibold">
        {t("title")}
      </h2>
      {mirror.closed ? (
        <p className="text-stone-700" data-testid="mirror-closed">
          {t("closedText", { date: format.dateTime(mirror.closedAt ?? new Date(), { dateStyle: "long" }) })}
        </p>
      ) : (
        <>
          <p className="text-stone-700">{t("lead")}</p>
          <MirrorCloseForm action={closeMirrorAction} token={token} />
        </>
      )}
    </Card>
  );
}
