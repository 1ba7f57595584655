"use client";

import { type ReactNode, useId, useState } from "react";
import type { StatementOrder } from "@/lib/aggregation/statement-order";

export type StatementGroups = Array<{ domainId: string; itemIds: string[] }>;

/**
 * Switches the statement list between questionnaire order and most divided first. The rows are rendered
 * on the server once; this only re-orders them (no chart library here). Without JavaScript the list
 * stays in questionnaire order.
 */
export function StatementSort({
  labels,
  orders,
  headings,
  rows,
}: {
  labels: { legend: string; questionnaire: string; divided: string };
  orders: Record<StatementOrder, StatementGroups>;
  /** A heading per domain id. */
  headings: Record<string, ReactNode>;
  /** A rendered row per item id. */
  rows: Record<string, ReactNode>;
}) {
  const [order, setOrder] = useState<StatementOrder>("questionnaire");
  const name = useId();
  const options: Array<[StatementOrder, string]> = [
    ["questionnaire", labels.questionnaire],
    ["divided", labels.divided],
  ];
  return (
    <div className="space-y-6">
      <fieldset className="no-print flex flex-wrap items-center gap-2">
        <legend className="sr-only">{labels.legend}</legend>
        <span aria-hidden="true" className="text-sm font-semibold text-stone-700">
          {labels.legend}:
        </span>
        {options.map(([value, label]) => (
          <label
            key={value}
            className="flex cursor-pointer items-center gap-2 rounded-full border border-stone-300 bg-white px-3 py-1.5 text-sm has-[:checked]:border-brand-700 has-[:checked]:bg-brand-50 has-[:checked]:font-semibold has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-brand-700"
          >
            <input
              type="radio"
              name={name}
              value={value}
              checked={order === value}
              onChange={() => setOrder(value)}
              className="accent-brand-700"
            />
            {label}
          </label>
        ))}
      </fieldset>
      {orders[order].map((group) => (
        <div key={group.domainId} className="space-y-3">
          {headings[group.domainId]}
          <ol className="space-y-4">
            {group.itemIds.map((itemId) => (
              <li key={itemId} className="print-avoid-break">
                {rows[itemId]}
              </li>
            ))}
          </ol>
        </div>
      ))}
    </div>
  );
}
