import { getTranslations } from "next-intl/server";
import { ResponseRateLine } from "@/components/round-admin/response-rate-line";
import type { SourceProgress } from "@/lib/rounds/response-rate";
import { OTHER_GROUP, type ProgressGroup, type RoundProgress } from "@/lib/scan-rules/round-progress";

const STANDARD_ROLES = new Set(["board", "manager", "employee", "other"]);

/** One way in's counts side by side, and its response rate when the number invited is known. */
function SourceCounts({
  id,
  title,
  counts,
  rate,
}: {
  id: string;
  title: string;
  counts: Array<{ label: string; value: number }>;
  rate: React.ReactNode;
}) {
  return (
    <div className="space-y-1" data-testid={`progress-${id}`}>
      <h3 className="font-semibold">{title}</h3>
      <dl
        className={`grid gap-2 text-center sm:gap-3 ${counts.length === 4 ? "grid-cols-2 sm:grid-cols-4" : "grid-cols-3"}`}
      >
        {counts.map(({ label, value }) => (
          <div key={label} className="min-w-0 rounded-lg bg-stone-100 px-1 py-3 sm:px-3">
            <dt className="text-xs break-words text-stone-700 sm:text-sm">{label}</dt>
            <dd className="text-2xl font-bold tabular-nums">{value}</dd>
          </div>
        ))}
      </dl>
      {rate}
    </div>
  );
}

/**
 * Per way in: personal links (invited, started, submitted) and the team link (joined, started, submitted, of the
 * expected number), each with its response rate, then everything submitted; per role and team only while no personal link exists (the progress rule in
 * lib/scan-rules/round-progress.ts), and groups below the minimum only ever together as "other".
 */
export async function RoundProgressTable({
  progress,
  sources,
  minGroupSize,
  mail,
}: {
  progress: RoundProgress;
  sources: SourceProgress;
  minGroupSize: number;
  /** Invitations by e-mail of the personal links, when any were mailed. */
  mail?: { sent: number; queued: number; failed: number };
}) {
  const t = await getTranslations();
  const label = (by: "role" | "team", key: string) =>
    key === OTHER_GROUP
      ? t("round.progress.other")
      : by === "role" && STANDARD_ROLES.has(key)
        ? t(`roles.${key as "board"}`)
        : key;
  const table = (by: "role" | "team", groups: ProgressGroup[]) =>
    groups.length === 0 ? null : (
      <table className="w-full border-collapse text-left text-sm">
        <caption className="mb-1 text-left font-semibold">{t(`round.progress.by.${by}`)}</caption>
        <thead className="border-b border-stone-200 text-stone-700">
          <tr>
            <th scope="col" className="py-2 pr-3 font-semibold">
              {t(`round.progress.group.${by}`)}
            </th>
            <th scope="col" className="py-2 pr-3 text-right font-semibold">
              {t("round.progress.started")}
            </th>
            <th scope="col" className="py-2 text-right font-semibold">
              {t("round.progress.submitted")}
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-stone-100">
          {groups.map((g) => (
            <tr key={g.key}>
              <th scope="row" className="py-2 pr-3 font-medium">
                {label(by, g.key)}
              </th>
              <td className="py-2 pr-3 text-right tabular-nums">{g.started}</td>
              <td className="py-2 text-right tabular-nums">{g.submitted}</td>
            </tr>
          ))}
        </tbody>
      </table>
    );
  return (
    <div className="space-y-5">
      {sources.personal && (
        <SourceCounts
          id="personal"
          title={t("round.progress.personalTitle")}
          counts={[
            { label: t("round.progress.invited"), value: sources.personal.invited },
            { label: t("round.progress.started"), value: sources.personal.started },
            { label: t("round.progress.submitted"), value: sources.personal.submitted },
          ]}
          rate={<ResponseRateLine rate={sources.rates.personal} of="invited" />}
        />
      )}
      {sources.team && (
        <SourceCounts
          id="team"
          title={t("round.progress.teamTitle")}
          counts={[
            { label: t("round.progress.joined"), value: sources.team.joined },
            { label: t("round.progress.started"), value: sources.team.started },
            { label: t("round.progress.submitted"), value: sources.team.submitted },
            { label: t("round.progress.expected"), value: sources.team.expected ?? 0 },
          ]}
          rate={<ResponseRateLine rate={sources.rates.team} of="expected" />}
        />
      )}
      <div className="space-y-1 rounded-lg border border-stone-200 px-3 py-2" data-testid="progress-total">
        <dl className="flex items-baseline justify-between gap-3">
          <dt className="font-semibold">{t("round.progress.totalSubmitted")}</dt>
          <dd className="text-2xl font-bold tabular-nums">{sources.submitted}</dd>
        </dl>
        {sources.personal && sources.team && <ResponseRateLine rate={sources.rates.total} of="invited" />}
      </div>
      {mail && (
        <div>
          <h3 className="mb-1 font-semibold">{t("mail.progress.title")}</h3>
          <dl className="grid grid-cols-3 gap-2 text-center sm:gap-3">
            {(["sent", "queued", "failed"] as const).map((key) => (
              <div
                key={key}
                className={`min-w-0 rounded-lg px-1 py-2 sm:px-3 ${key === "failed" && mail.failed > 0 ? "bg-red-50" : "bg-stone-100"}`}
              >
                <dt className="text-xs break-words text-stone-700 sm:text-sm">{t(`mail.progress.${key}`)}</dt>
                <dd className="text-xl font-bold tabular-nums">{mail[key]}</dd>
              </div>
            ))}
          </dl>
        </div>
      )}
      {table("role", progress.byRole)}
      {table("team", progress.byTeam)}
      <p className="text-sm text-stone-600" data-testid="progress-note">
        {progress.groupsWithheld
          ? t("anonymity.progress.withheld")
          : t("round.progress.otherNote", { min: minGroupSize })}
      </p>
    </div>
  );
}
