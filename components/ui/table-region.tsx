import type { ReactNode } from "react";

/**
 * A wide table's scroll box: a named section (role "region"), focusable so keyboard users can scroll it
 * sideways with the arrow keys (WCAG 2.1.1). `relative` keeps absolutely positioned screen-reader texts
 * inside the box; without it they would widen the whole page on a phone.
 */
export function TableRegion({
  label,
  className = "",
  children,
}: {
  /** What the table holds, usually its caption. */
  label: string;
  /** Border, background and spacing of the box. */
  className?: string;
  children: ReactNode;
}) {
  return (
    <section
      aria-label={label}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1)
      tabIndex={0}
      className={`relative overflow-x-auto focus-visible:outline-2 focus-visible:outline-brand-700 ${className}`.trim()}
    >
      {children}
    </section>
  );
}
