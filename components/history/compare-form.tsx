import { getTranslations } from "next-intl/server";
import { PRIMARY_BUTTON } from "@/components/ui/button-styles";
import { cardClass } from "@/components/ui/card";
import { INPUT_CLASS } from "@/components/ui/field";

export type CompareOption = { id: string; label: string };

/** Plain GET form, so choosing other scans works without JavaScript and the URL can be shared. */
export async function CompareForm({
  options,
  firstId,
  secondId,
  series,
}: {
  options: CompareOption[];
  firstId: string;
  secondId: string;
  series?: string;
}) {
  const t = await getTranslations("compare.form");
  return (
    <form method="get" className={cardClass({ className: "no-print" })}>
      {series && <input type="hidden" name="series" value={series} />}
      <fieldset className="space-y-4">
        <legend className="text-lg font-semibold">{t("legend")}</legend>
        <div className="grid gap-4 sm:grid-cols-2">
          {(
            [
              ["a", t("first"), firstId],
              ["b", t("second"), secondId],
            ] as const
          ).map(([name, label, value]) => (
            <div key={name} className="min-w-0">
              <label htmlFor={`compare-${name}`} className="font-medium">
                {label}
              </label>
              <select id={`compare-${name}`} name={name} defaultValue={value} className={INPUT_CLASS}>
                {options.map((o) => (
                  <option key={o.id} value={o.id}>
                    {o.label}
                  </option>
                ))}
              </select>
            </div>
          ))}
        </div>
        <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
          <button type="submit" className={PRIMARY_BUTTON}>
            {t("submit")}
          </button>
          <p className="text-sm text-stone-600">{t("hint")}</p>
        </div>
      </fieldset>
    </form>
  );
}
