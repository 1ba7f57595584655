import { getTranslations } from "next-intl/server";
import { scanOptionLabels } from "@/components/history/scan-labels";
import { INPUT_CLASS } from "@/components/ui/field";
import type { Locale } from "@/lib/i18n/locales";
import type { ClientScan } from "@/lib/server/clients/client-scans";

/** A GET form to the compare page; it starts on the two latest submitted scans. */
export async function CompareForm({
  clientId,
  submitted,
  series,
}: {
  /** The series both scans come from; the compare page keeps to it. */
  series?: string;
  clientId: string;
  /** Submitted scans, oldest first. */
  submitted: readonly ClientScan[];
  locale: Locale;
}) {
  const t = await getTranslations("clients.compare");
  if (submitted.length < 2) return <p className="text-stone-700">{t("needTwo")}</p>;
  // Named as on the compare page (one helper), newest first.
  const newestFirst = [...submitted].reverse();
  const labels = await scanOptionLabels(newestFirst);
  const options = newestFirst.map((a) => ({ id: a.id, label: labels.get(a.id) ?? a.id }));
  const select = (name: "a" | "b", label: string, defaultId: string | undefined) => (
    <div>
      <label htmlFor={`compare-${name}`} className="font-medium">
        {label}
      </label>
      <select id={`compare-${name}`} name={name} defaultValue={defaultId} className={INPUT_CLASS}>
        {options.map((option) => (
          <option key={option.id} value={option.id}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <form method="get" action={`/clients/${clientId}/compare`} className="space-y-4">
      {series && <input type="hidden" name="series" value={series} />}
      {select("a", t("first"), submitted.at(-2)?.id)}
      {select("b", t("second"), submitted.at(-1)?.id)}
      <button
        type="submit"
        className="rounded-lg border border-brand-700 px-5 py-2.5 font-semibold text-brand-800 hover:bg-brand-50"
      >
        {t("submit")}
      </button>
    </form>
  );
}
