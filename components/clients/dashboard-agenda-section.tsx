import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import type { AgendaAction, AgendaRound, DashboardAgenda } from "@/lib/server/pages/load-dashboard-agenda";

const LINK = "font-medium text-brand-800 underline underline-offset-2";

/**
 * What waits for the consultant: overdue actions, other open actions and open team rounds, each linking to the
 * page where one acts on it (the client's action list, the round's organiser page). Empty lists say so calmly.
 */
export async function DashboardAgendaSection({ agenda }: { agenda: DashboardAgenda }) {
  const [t, format] = await Promise.all([getTranslations("dashboard.agenda"), getFormatter()]);
  const day = (date: Date) => format.dateTime(date, { dateStyle: "medium", timeZone: "UTC" });
  const more = (list: { rows: unknown[]; total: number }) =>
    list.total > list.rows.length ? (
      <p className="text-sm text-stone-600">{t("more", { count: list.total - list.rows.length })}</p>
    ) : null;
  const actionItem = (a: AgendaAction, overdue: boolean) => (
    <li key={a.id} className="space-y-0.5">
      <Link href={`/clients/${a.clientId}/actions?status=${overdue ? "overdue" : "open"}`} className={LINK}>
        {a.title}
      </Link>
      <p className="text-sm text-stone-700">
        {a.clientName}
        {a.owner && ` · ${a.owner}`}
        {a.dueDate && (
          <span className={overdue ? "font-semibold text-red-800" : undefined}>
            {" · "}
            {t(overdue ? "overdueSince" : "dueOn", { date: day(a.dueDate) })}
          </span>
        )}
      </p>
    </li>
  );
  const roundItem = (r: AgendaRound) => (
    <li key={r.id} className="space-y-0.5">
      <Link href={r.organiserToken ? `/rounds/${r.organiserToken}` : `/clients/${r.clientId}`} className={LINK}>
        {t("roundOf", { client: r.clientName })}
      </Link>
      <p className="text-sm text-stone-700">
        {r.expected
          ? t("responsesOf", { count: r.submitted, expected: r.expected })
          : t("responses", { count: r.submitted })}
        {r.closesAt && ` · ${t("closesOn", { date: day(r.closesAt) })}`}
      </p>
    </li>
  );
  const column = (
    id: string,
    title: string,
    count: number,
    empty: string,
    items: React.ReactNode,
    rest: React.ReactNode,
  ) => (
    <div className="space-y-3">
      <h3 id={id} className="font-semibold">
        {title} <span className="font-normal text-stone-600">({count})</span>
      </h3>
      {count === 0 ? (
        <p className="text-sm text-stone-600">{empty}</p>
      ) : (
        <ul aria-labelledby={id} className="space-y-3">
          {items}
        </ul>
      )}
      {rest}
    </div>
  );
  return (
    <Card as="section" aria-labelledby="agenda-title" padding="lg" className="space-y-4" data-testid="dashboard-agenda">
      <h2 id="agenda-title" className="text-lg font-semibold">
        {t("title")}
      </h2>
      <div className="grid gap-6 md:grid-cols-3">
        {column(
          "agenda-overdue",
          t("overdueTitle"),
          agenda.overdue.total,
          t("overdueEmpty"),
          agenda.overdue.rows.map((a) => actionItem(a, true)),
          more(agenda.overdue),
        )}
        {column(
          "agenda-open",
          t("openTitle"),
          agenda.open.total,
          t("openEmpty"),
          agenda.open.rows.map((a) => actionItem(a, false)),
          more(agenda.open),
        )}
        {column(
          "agenda-rounds",
          t("roundsTitle"),
          agenda.rounds.total,
          t("roundsEmpty"),
          agenda.rounds.rows.map(roundItem),
          more(agenda.rounds),
        )}
      </div>
    </Card>
  );
}
