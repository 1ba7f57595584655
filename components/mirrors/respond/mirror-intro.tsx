import { getTranslations } from "next-intl/server";
import type { MirrorForm, MirrorLinkKind } from "@/lib/server/mirrors/get-mirror-form";

/**
 * The top of the customer's form: who asks (the organisation, and the team for internal customers), why (the
 * questionnaire's introduction and the audience's instruction), how long it takes, and that the answers are
 * anonymous — on a personal link also what the address was for and that it is deleted at the close.
 */
export async function MirrorIntro({ form, kind }: { form: MirrorForm; kind: MirrorLinkKind }) {
  const t = await getTranslations("mirrorRespond.intro");
  const names = { organisation: form.organisationName, team: form.team ?? "" };
  return (
    <header className="space-y-3">
      <p className="text-sm font-semibold text-brand-700">{form.title}</p>
      <h1 className="text-2xl font-bold">{t(form.team ? "headingTeam" : "heading", names)}</h1>
      <p className="text-stone-700">{t(form.team ? "whoAsksTeam" : "whoAsks", names)}</p>
      <p className="text-stone-700">{form.introduction}</p>
      <p className="text-stone-700">{form.instruction}</p>
      <ul className="list-disc space-y-1 pl-5 text-sm text-stone-700">
        <li>{t("facts", { items: form.statementCount, minutes: form.estimatedMinutes })}</li>
        <li>{t("anonymous", names)}</li>
        {kind === "personal" && <li>{t("personalAddress")}</li>}
        {kind === "kiosk" && <li>{t("kiosk")}</li>}
        <li>{t("optional")}</li>
      </ul>
    </header>
  );
}
