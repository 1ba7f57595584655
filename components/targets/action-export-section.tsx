import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";

/** The client's actions as a CSV or JSON download. */
export async function ActionExportSection({ clientId }: { clientId: string }) {
  const t = await getTranslations("loop.list");
  return (
    <Card as="section" aria-labelledby="action-export" className="no-print space-y-3">
      <h2 id="action-export" className="text-lg font-semibold">
        {t("exportTitle")}
      </h2>
      <ul className="grid gap-2 sm:grid-cols-2">
        {(["csv", "json"] as const).map((f) => (
          <li key={f}>
            <a
              href={`/api/clients/${clientId}/actions?format=${f}`}
              download
              className="flex items-center gap-2 rounded-lg border border-stone-300 bg-white px-4 py-2.5 font-medium text-brand-800 hover:bg-stone-50"
            >
              <span aria-hidden="true">↓</span>
              {t(f)}
            </a>
          </li>
        ))}
      </ul>
    </Card>
  );
}
