import "server-only";
import { db } from "@/lib/server/db/db";

export type RoundProvenance = { team: number; personal: number };

/**
 * How the submitted responses of a round came in: through the team link or a personal link. Counts of
 * submitted responses only, so it matches the respondents the results count; never split by group.
 */
export async function getRoundProvenance(scanId: string): Promise<RoundProvenance> {
  const [personal, all] = await Promise.all([
    db.response.count({ where: { scanId, status: "submitted", source: "personal" } }),
    db.response.count({ where: { scanId, status: "submitted" } }),
  ]);
  return { team: all - personal, personal };
}
