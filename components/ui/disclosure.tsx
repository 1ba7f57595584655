import type { ReactNode } from "react";

/**
 * A long part of a page, closed until asked for: a native <details>, so it opens by keyboard (Enter or Space on
 * its summary) and without JavaScript. Print shows it open (app/globals.css, `.print-expand`; PrintExpandsDetails
 * for browsers without ::details-content) and leaves the summary out.
 */
export function Disclosure({
  summary,
  children,
  className,
  testId,
}: {
  summary: ReactNode;
  children: ReactNode;
  className?: string;
  testId?: string;
}) {
  return (
    <details className={`print-expand group ${className ?? ""}`} data-testid={testId}>
      <summary className="flex cursor-pointer list-none items-center gap-2 rounded-lg border border-stone-300 bg-white px-4 py-2.5 font-semibold text-brand-800 hover:bg-stone-50 [&::-webkit-details-marker]:hidden">
        <span aria-hidden="true" className="inline-block transition-transform group-open:rotate-90">
          ▸
        </span>
        {summary}
      </summary>
      <div className="mt-4">{children}</div>
    </details>
  );
}
