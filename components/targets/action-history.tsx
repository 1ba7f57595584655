import { getFormatter, getTranslations } from "next-intl/server";

/** The status changes of an action, oldest first; the first entry is its creation. */
export async function ActionHistory({
  events,
}: {
  events: ReadonlyArray<{ fromStatus: string | null; toStatus: string; byName: string; at: Date }>;
}) {
  const [t, format] = await Promise.all([getTranslations("loop.actions"), getFormatter()]);
  if (events.length === 0) return null;
  const status = (s: string) => t(`status.${s as "done"}`);
  return (
    <details className="text-sm" data-testid="action-history">
      <summary className="cursor-pointer font-medium text-stone-800">{t("history")}</summary>
      <ol className="mt-1 space-y-0.5 pl-5 text-stone-700 list-disc">
        {events.map((event) => {
          const date = format.dateTime(event.at, { dateStyle: "medium", timeStyle: "short" });
          const entry =
            event.fromStatus === null
              ? t("historyCreated", { date, status: status(event.toStatus) })
              : t("historyChanged", { date, from: status(event.fromStatus), to: status(event.toStatus) });
          return (
            <li key={`${event.at.toISOString()}-${event.fromStatus}-${event.toStatus}`}>
              {event.byName ? t("historyBy", { entry, name: event.byName }) : entry}
            </li>
          );
        })}
      </ol>
    </details>
  );
}
