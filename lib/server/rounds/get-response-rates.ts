import "server-only";
import { type RoundRates, roundRates } from "@/lib/rounds/response-rate";
import { db } from "@/lib/server/db/db";

/**
 * A closed round's response rates: submitted responses per way in against the personal links made and the team
 * link's expected number. Counts only, never split by group (the number invited per role or team is not known).
 */
export async function getRoundResponseRates(round: {
  id: string;
  sealed: boolean;
  expectedRespondents: number | null;
}): Promise<RoundRates> {
  const [links, personalSubmitted, submitted] = await Promise.all([
    db.response.count({ where: { scanId: round.id, invitee: { not: null } } }),
    db.response.count({ where: { scanId: round.id, status: "submitted", source: "personal" } }),
    db.response.count({ where: { scanId: round.id, status: "submitted" } }),
  ]);
  return roundRates({
    personal: { links, submitted: personalSubmitted },
    team: { expected: round.sealed ? null : round.expectedRespondents, submitted: submitted - personalSubmitted },
  });
}
