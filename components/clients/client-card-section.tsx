import type { ReactNode } from "react";
import { Card } from "@/components/ui/card";

/** One of the client page's cards: a heading (its id names the section), a lead, then the card's content. */
export function ClientCardSection({
  id,
  title,
  lead,
  className,
  children,
}: {
  id: string;
  title: string;
  lead: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    <Card as="section" aria-labelledby={id} className={className ? `${className} space-y-4` : "space-y-4"}>
      <div className="space-y-1">
        <h2 id={id} className="text-lg font-semibold">
          {title}
        </h2>
        <p className="text-stone-700">{lead}</p>
      </div>
      {children}
    </Card>
  );
}
