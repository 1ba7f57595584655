import { getFormatter, getTranslations } from "next-intl/server";

/** What a respondent reads before starting: who runs the round, until when, and how anonymity works. */
export async function RoundIntro({
  organisationName,
  organiserRole,
  closesAt,
  minGroupSize,
}: {
  organisationName: string;
  organiserRole: string | null;
  closesAt: Date | null;
  minGroupSize: number;
}) {
  const [t, format] = await Promise.all([getTranslations("round.intro"), getFormatter()]);
  return (
    <section aria-labelledby="round-intro" className="space-y-3 rounded-xl border border-stone-200 bg-white p-5">
      <h2 id="round-intro" className="text-lg font-semibold">
        {t("title")}
      </h2>
      <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[auto_1fr]">
        <dt className="font-medium text-stone-700">{t("runBy")}</dt>
        <dd>
          {organiserRole ? t("runByRole", { organisation: organisationName, role: organiserRole }) : organisationName}
        </dd>
        <dt className="font-medium text-stone-700">{t("closes")}</dt>
        <dd>{closesAt ? format.dateTime(closesAt, { dateStyle: "long" }) : t("noClosingDate")}</dd>
      </dl>
      <h3 className="font-semibold">{t("anonymityTitle")}</h3>
      <ul className="list-disc space-y-1 pl-5 text-stone-700">
        <li>{t("anonymityOwnLink")}</li>
        <li>{t("anonymityGroups", { min: minGroupSize })}</li>
        <li>{t("anonymityNobody")}</li>
      </ul>
    </section>
  );
}
