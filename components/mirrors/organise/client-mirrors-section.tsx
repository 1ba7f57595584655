import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { loadMirrorClientSection } from "@/lib/server/pages/load-mirror-client";

const LINK = "font-medium text-brand-800 underline underline-offset-2";

/**
 * The client page's "customer mirror": the client's mirrors (date, paired scan, status, how many answered,
 * the organiser page) and a start from a submitted scan or a round (closed ones first).
 */
export async function ClientMirrorsSection({
  clientId,
  workspaceId,
  archived,
}: {
  clientId: string;
  workspaceId: string;
  archived: boolean;
}) {
  const [{ mirrors, pairable }, t, format] = await Promise.all([
    loadMirrorClientSection({ workspaceId, clientId }),
    getTranslations("mirrorOrganise.client"),
    getFormatter(),
  ]);
  if (mirrors.length === 0 && (archived || pairable.length === 0)) return null;
  const day = (date: Date) => format.dateTime(date, { dateStyle: "medium" });
  const paired = (kind: string, date: Date) => t(kind === "self" ? "pairedSelf" : "pairedRound", { date: day(date) });
  const first = pairable[0];
  return (
    <Card as="section" aria-labelledby="client-mirrors" className="no-print space-y-4">
      <div className="space-y-1">
        <h2 id="client-mirrors" className="text-lg font-semibold">
          {t("title")}
        </h2>
        <p className="text-stone-700">{t("lead")}</p>
      </div>
      {mirrors.length > 0 && (
        <ul className="divide-y divide-stone-200" data-testid="client-mirrors">
          {mirrors.map((mirror) => (
            <li key={mirror.id} className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1 py-2">
              <span>
                <Link href={`/mirrors/${mirror.organiserToken}`} className={LINK}>
                  {t("mirrorOf", { date: day(mirror.createdAt) })}
                </Link>
                {mirror.team && <span className="text-stone-700"> · {mirror.team}</span>}
                <span className="block text-sm text-stone-600">{paired(mirror.pairedKind, mirror.pairedDate)}</span>
              </span>
              <span className="text-sm text-stone-700">
                {t(mirror.closed ? "closed" : "open")} · {t("respondents", { count: mirror.respondents })}
              </span>
            </li>
          ))}
        </ul>
      )}
      {!archived && first && (
        <div className="space-y-2">
          <Link
            href={`/mirrors/new?scan=${first.id}`}
            className="inline-flex rounded-lg bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800"
          >
            {t("start")}
          </Link>
          <p className="text-sm text-stone-600">
            {paired(first.kind, first.date)}
            {!first.final && ` ${t("notFinal")}`}
          </p>
          {pairable.length > 1 && (
            <details className="text-sm">
              <summary className="cursor-pointer text-brand-800">{t("otherScans")}</summary>
              <ul className="mt-1 space-y-1 pl-4">
                {pairable.slice(1).map((scan) => (
                  <li key={scan.id}>
                    <Link href={`/mirrors/new?scan=${scan.id}`} className={LINK}>
                      {paired(scan.kind, scan.date)}
                    </Link>
                    {!scan.final && ` (${t("open")})`}
                  </li>
                ))}
              </ul>
            </details>
          )}
        </div>
      )}
    </Card>
  );
}
