import { getTranslations } from "next-intl/server";

export type PageSection = { id: string; label: string };

/** Jump links below a results page's summary, one per section that is on the page (none in print). */
export async function OnThisPage({ sections }: { sections: ReadonlyArray<PageSection | false | null> }) {
  const t = await getTranslations("resultsSummary");
  const shown = sections.filter((s): s is PageSection => Boolean(s));
  if (shown.length === 0) return null;
  return (
    <nav aria-labelledby="on-this-page" className="no-print rounded-xl border border-stone-200 bg-white p-4">
      <h2 id="on-this-page" className="text-sm font-semibold uppercase tracking-wide text-stone-600">
        {t("onThisPage")}
      </h2>
      <ul className="mt-2 flex flex-wrap gap-x-5 gap-y-2">
        {shown.map((section) => (
          <li key={section.id}>
            <a
              href={`#${section.id}`}
              className="inline-block py-1 font-medium text-brand-800 underline underline-offset-2 hover:text-brand-900"
            >
              {section.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
