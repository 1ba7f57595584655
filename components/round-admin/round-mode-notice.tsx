import { getTranslations } from "next-intl/server";

/**
 * Which mode a round uses and what it protects against, for the join page, a personal link's page and the
 * organiser page: sealed invitations, or a team link (capped at the expected respondents) with or without
 * personal links.
 */
export async function RoundModeNotice({
  sealed,
  expectedRespondents,
  personalLinks = false,
}: {
  sealed: boolean;
  expectedRespondents: number | null;
  /** The round also has personal links. */
  personalLinks?: boolean;
}) {
  const t = await getTranslations("anonymity.mode");
  const text = sealed
    ? t("sealed")
    : t(personalLinks ? "teamWithPersonal" : "team", { expected: expectedRespondents ?? 0 });
  return (
    <div className="space-y-1 rounded-lg border border-stone-200 bg-stone-50 px-3 py-2" data-testid="round-mode">
      <p className="text-sm font-semibold text-stone-800">{t("title")}</p>
      <p className="text-sm text-stone-700">{text}</p>
    </div>
  );
}
