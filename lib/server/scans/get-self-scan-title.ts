import "server-only";
import { cache } from "react";
import { db } from "@/lib/server/db/db";

/**
 * What a submitted self-scan's results tab is titled by: the organisation's name, never anything about the
 * respondent. Null for any other link.
 */
export const getSelfScanTitle = cache(async (resultsToken: string): Promise<{ organisation: string } | null> => {
  const scan = await db.scan.findUnique({
    where: { resultsToken },
    select: { kind: true, organisationName: true, submittedAt: true },
  });
  return scan?.kind === "self" && scan.submittedAt ? { organisation: scan.organisationName } : null;
});
