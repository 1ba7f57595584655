import { getTranslations } from "next-intl/server";

const EXPORTS = [
  { kind: "assessments", format: "csv", label: "scansCsv" },
  { kind: "assessments", format: "json", label: "scansJson" },
  { kind: "answers", format: "csv", label: "answersCsv" },
  { kind: "answers", format: "json", label: "answersJson" },
] as const;

/** Plain download links to the export route; the route names the file. */
export async function ExportLinks({ clientId }: { clientId: string }) {
  const t = await getTranslations("clients.export");
  return (
    <ul className="grid gap-2 sm:grid-cols-2">
      {EXPORTS.map((item) => (
        <li key={item.label}>
          <a
            href={`/api/clients/${clientId}/export?kind=${item.kind}&format=${item.format}`}
            download
            className="flex items-center gap-2 rounded-lg border border-stone-300 bg-white px-4 py-2.5 font-medium text-brand-800 hover:bg-stone-50"
          >
            <span aria-hidden="true">↓</span>
            {t(item.label)}
          </a>
        </li>
      ))}
    </ul>
  );
}
