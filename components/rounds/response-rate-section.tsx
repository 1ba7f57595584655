import { getTranslations } from "next-intl/server";
import { ResponseRateLine } from "@/components/round-admin/response-rate-line";
import { getRoundResponseRates } from "@/lib/server/rounds/get-response-rates";
import type { Round } from "@/lib/server/rounds/get-round";

/**
 * The response rate on a round's results page: only once the round is closed and its results are shown (never
 * while it is open, when a moving count could be tied to someone submitting), per way in whose number invited is
 * known, and never per group.
 */
export async function ResponseRateSection({
  round,
}: {
  round: Pick<Round, "id" | "closed" | "sealed" | "expectedRespondents" | "aggregate">;
}) {
  if (!round.closed || !round.aggregate?.shown || round.aggregate.respondents === null) return null;
  const [t, rates] = await Promise.all([getTranslations("round.rate"), getRoundResponseRates(round)]);
  const rows = [
    { key: "personal", rate: rates.personal, of: "invited" },
    { key: "team", rate: rates.team, of: "expected" },
  ] as const;
  const shown = rows.filter((row) => row.rate !== null);
  if (shown.length === 0 && !rates.total) return null;
  return (
    <section aria-labelledby="response-rate" className="space-y-3" data-testid="response-rate-section">
      <h2 id="response-rate" className="text-lg font-semibold">
        {t("title")}
      </h2>
      <p className="text-stone-700">{t("lead")}</p>
      <div className="grid gap-4 sm:grid-cols-3">
        {/* One way in: its rate is the round's. Two: each, then the total (when both numbers invited are known). */}
        {(shown.length > 1 || !rates.total) &&
          shown.map((row) => (
            <div key={row.key} className="space-y-1">
              <h3 className="font-medium">{t(row.key)}</h3>
              <ResponseRateLine rate={row.rate} of={row.of} />
            </div>
          ))}
        {rates.total && (
          <div className="space-y-1">
            {shown.length > 1 && <h3 className="font-medium">{t("total")}</h3>}
            <ResponseRateLine rate={rates.total} of={shown.length === 1 ? (shown[0]?.of ?? "invited") : "invited"} />
          </div>
        )}
      </div>
      <p className="text-sm text-stone-600">{t("perGroupNote")}</p>
    </section>
  );
}
