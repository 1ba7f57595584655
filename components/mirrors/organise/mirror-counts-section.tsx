import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import type { MirrorCounts, OrganiserMirror } from "@/lib/server/mirrors/get-mirror-for-organiser";

/** How many customers answered, per way in: counts only, never results (those wait for the minimum group). */
export async function MirrorCountsSection({ mirror, counts }: { mirror: OrganiserMirror; counts: MirrorCounts }) {
  const t = await getTranslations("mirrorOrganise.counts");
  const rows = [
    { key: "public", value: counts.public },
    { key: "personal", value: counts.personal },
    { key: "kiosk", value: counts.kiosk },
  ] as const;
  return (
    <Card as="section" aria-labelledby="mirror-counts" className="space-y-3">
      <h2 id="mirror-counts" className="text-lg font-semibold">
        {t("title")}
      </h2>
      <p className="text-2xl font-bold" data-testid="mirror-total">
        {t("total", { count: counts.total })}
      </p>
      <dl className="grid grid-cols-1 gap-2 sm:grid-cols-3">
        {rows.map((row) => (
          <div key={row.key} className="rounded-lg border border-stone-200 bg-stone-50 px-3 py-2">
            <dt className="text-sm text-stone-700">{t(row.key)}</dt>
            <dd className="text-lg font-semibold" data-testid={`mirror-count-${row.key}`}>
              {row.value}
            </dd>
          </div>
        ))}
      </dl>
      {counts.invited > 0 && (
        <p className="text-sm text-stone-700">
          {t("invited", { invited: counts.invited, used: counts.invitesUsed })}
          {counts.invitationsFailed > 0 && ` ${t("failed", { count: counts.invitationsFailed })}`}
        </p>
      )}
      <p className="text-sm text-stone-600">{t("note", { min: mirror.minGroupSize })}</p>
    </Card>
  );
}
