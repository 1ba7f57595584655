import { getFormatter, getTranslations } from "next-intl/server";
import { formatScore } from "@/lib/display/score";
import type { ClientScan } from "@/lib/server/clients/client-scans";

type LabelledScan = Pick<
  ClientScan,
  "id" | "kind" | "submittedAt" | "createdAt" | "respondentCount" | "respondentRole" | "team" | "overallScore"
>;

/**
 * How a scan is named wherever one is picked to compare (the client page and the compare page): one helper,
 * so both read the same — "12 Mar 2026 · team round, 12 responses · score 62". The time is added only when
 * two of the scans listed share a date, so the options stay short on a phone yet never read alike.
 */
export async function scanOptionLabels(scans: readonly LabelledScan[]): Promise<Map<string, string>> {
  const [t, tr, format] = await Promise.all([
    getTranslations("compare.scanOption"),
    getTranslations("roles"),
    getFormatter(),
  ]);
  const when = (a: LabelledScan) => a.submittedAt ?? a.createdAt;
  const day = (a: LabelledScan) => format.dateTime(when(a), { dateStyle: "medium" });
  const days = scans.map(day);
  return new Map(
    scans.map((a, i) => {
      const sameDay = days.filter((d) => d === days[i]).length > 1;
      const date = sameDay ? format.dateTime(when(a), { dateStyle: "medium", timeStyle: "short" }) : day(a);
      const who =
        a.kind === "team"
          ? t("round", { count: a.respondentCount })
          : [tr(a.respondentRole as "manager"), a.team].filter(Boolean).join(", ");
      return [a.id, t("label", { date, who, score: formatScore(a.overallScore, "—") })];
    }),
  );
}
