import { getFormatter, getTranslations } from "next-intl/server";
import { RoundModeNotice } from "@/components/round-admin/round-mode-notice";
import { Card } from "@/components/ui/card";

/** What a respondent reads before starting: who runs the round, until when, and how anonymity works. */
export async function RoundIntro({
  organisationName,
  organiserRole,
  closesAt,
  minGroupSize,
  mode,
}: {
  organisationName: string;
  organiserRole: string | null;
  closesAt: Date | null;
  minGroupSize: number;
  /** Which mode the round uses, said with what it protects against. */
  mode?: { sealed: boolean; expectedRespondents: number | null };
}) {
  const [t, format] = await Promise.all([getTranslations("round.intro"), getFormatter()]);
  return (
    <Card as="section" aria-labelledby="round-intro" className="space-y-3">
      <h2 id="round-intro" className="text-lg font-semibold">
        {t("title")}
      </h2>
      <dl className="grid gap-3 sm:grid-cols-2">
        <div className="rounded-lg bg-stone-50 px-3 py-2">
          <dt className="text-sm text-stone-600">{t("runBy")}</dt>
          <dd className="font-medium text-stone-900">
            {organiserRole ? t("runByRole", { organisation: organisationName, role: organiserRole }) : organisationName}
          </dd>
        </div>
        <div className="rounded-lg bg-stone-50 px-3 py-2">
          <dt className="text-sm text-stone-600">{t("closes")}</dt>
          <dd className="font-medium text-stone-900">
            {closesAt ? format.dateTime(closesAt, { dateStyle: "long" }) : t("noClosingDate")}
          </dd>
        </div>
      </dl>
      <h3 className="pt-1 font-semibold">{t("anonymityTitle")}</h3>
      <ul className="list-disc space-y-1 pl-5 text-stone-700">
        <li>{t("anonymityOwnLink")}</li>
        <li>{t("anonymityGroups", { min: minGroupSize })}</li>
        <li>{t("anonymityNobody")}</li>
      </ul>
      {mode && <RoundModeNotice sealed={mode.sealed} expectedRespondents={mode.expectedRespondents} />}
    </Card>
  );
}
