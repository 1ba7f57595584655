import { getTranslations } from "next-intl/server";
import { OTHER_GROUP, type ProgressGroup, type RoundProgress } from "@/lib/scan-rules/round-progress";

const STANDARD_ROLES = new Set(["board", "manager", "employee", "other"]);

/**
 * Started and submitted in total; per role and team only while no personal link exists (the progress rule in
 * lib/scan-rules/round-progress.ts), and groups below the minimum only ever together as "other".
 */
export async function RoundProgressTable({
  progress,
  minGroupSize,
  mail,
}: {
  progress: RoundProgress;
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
      <dl className="grid grid-cols-3 gap-2 text-center sm:gap-3">
        {(["invited", "started", "submitted"] as const).map((key) => (
          <div key={key} className="min-w-0 rounded-lg bg-stone-100 px-1 py-3 sm:px-3">
            <dt className="text-xs break-words text-stone-700 sm:text-sm">{t(`round.progress.${key}`)}</dt>
            <dd className="text-2xl font-bold tabular-nums">{progress.total[key]}</dd>
          </div>
        ))}
      </dl>
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
