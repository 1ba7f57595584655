import "server-only";
import { cookies } from "next/headers";
import { roundCookieName } from "@/lib/rounds/round-cookie";
import { tokenSchema } from "@/lib/schemas/scan";
import { getRoundByTeamToken, type Round } from "@/lib/server/rounds/get-round";
import { countTeamLinkResponses } from "@/lib/server/rounds/join-round";
import { getScanState } from "@/lib/server/scans/get-scan-state";

export type JoinPageData = {
  round: Round;
  /** The team link has taken as many responses as the organiser expects. */
  full: boolean;
  /** This browser's own response to the round, when it already started one. */
  mine: { resumeToken: string; submitted: boolean } | null;
};

/** A round's team link, or null for an unknown one. */
export async function loadJoinPage({ token }: { token: string }): Promise<JoinPageData | null> {
  const round = await getRoundByTeamToken(token);
  if (!round) return null;
  const [cookieStore, joined] = await Promise.all([cookies(), countTeamLinkResponses(round.id)]);
  // The team link has taken as many responses as the organiser expects: say so before anyone fills in the form.
  const full = joined >= (round.expectedRespondents ?? 0);
  // This browser already started: offer its own response again rather than a second one.
  const remembered = cookieStore.get(roundCookieName(token))?.value;
  const own =
    remembered && tokenSchema.safeParse(remembered).success ? await getScanState({ resumeToken: remembered }) : null;
  const mine =
    own && own.scan.id === round.id
      ? { resumeToken: own.response.resumeToken, submitted: own.response.status === "submitted" }
      : null;
  return { round, full, mine };
}
