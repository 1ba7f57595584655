import "server-only";
import { readAggregate } from "@/lib/aggregation";
import { type Measured, measuredOf } from "@/lib/aggregation/margin-rules";
import { db } from "@/lib/server/db/db";

/**
 * A stored scan's domain scores as the margin rules see them: a self-scan is one person's view; a round's
 * domains carry their published margins (null per domain when hidden or stored before margins). Null when the
 * scan is gone.
 */
export async function measuredDomainsOf(
  scanId: string,
): Promise<
  { kind: "self" } | { kind: "team"; domains: Map<string, Extract<Measured, { kind: "group" }> | null> } | null
> {
  const scan = await db.scan.findUnique({ where: { id: scanId }, select: { kind: true, aggregate: true } });
  if (!scan) return null;
  if (scan.kind !== "team") return { kind: "self" };
  const aggregate = scan.aggregate ? readAggregate(JSON.parse(scan.aggregate)) : null;
  return { kind: "team", domains: new Map((aggregate?.domains ?? []).map((d) => [d.domainId, measuredOf(d)])) };
}
