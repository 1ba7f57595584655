import { TableRegion } from "@/components/ui/table-region";

/** The trend chart's numbers as a table, folded away so it stays compact on screen. */
export function TrendTable({
  caption,
  summary,
  dateHeader,
  columns,
  rows,
}: {
  caption: string;
  summary: string;
  dateHeader: string;
  columns: Array<{ key: string; label: string }>;
  rows: Array<{ key: string; date: string; cells: string[] }>;
}) {
  return (
    <details className="group rounded-lg border border-stone-200 text-sm">
      <summary className="cursor-pointer rounded-lg px-3 py-2 font-medium text-brand-800 hover:bg-stone-50 focus-visible:outline-2 focus-visible:outline-brand-700">
        {summary}
      </summary>
      {/* Wider than a phone: a named, focusable box, so keyboard users can scroll it with the arrow keys. */}
      <TableRegion label={caption} className="px-3 pb-3">
        <table className="w-full min-w-max border-collapse text-left">
          <caption className="sr-only">{caption}</caption>
          <thead>
            <tr className="border-b border-stone-200">
              <th scope="col" className="py-1.5 pr-3 font-semibold">
                {dateHeader}
              </th>
              {columns.map((c) => (
                <th key={c.key} scope="col" className="px-2 py-1.5 text-right font-semibold">
                  {c.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.key} className="border-b border-stone-100 last:border-0">
                <th scope="row" className="py-1.5 pr-3 font-normal whitespace-nowrap">
                  {r.date}
                </th>
                {r.cells.map((cell, i) => (
                  <td key={columns[i]?.key ?? i} className="px-2 py-1.5 text-right tabular-nums">
                    {cell}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </TableRegion>
    </details>
  );
}
