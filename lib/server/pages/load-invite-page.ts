import "server-only";
import { cookies } from "next/headers";
import { inviteCookieName } from "@/lib/rounds/round-cookie";
import { getInvite } from "@/lib/server/rounds/get-round";

export type InvitePageData = NonNullable<Awaited<ReturnType<typeof getInvite>>> & {
  /** Claimed by this browser (its cookie holds the response's resume token). */
  mine: boolean;
};

/** A personal link, or null for an unknown one. */
export async function loadInvitePage({ token }: { token: string }): Promise<InvitePageData | null> {
  const invite = await getInvite(token);
  if (!invite) return null;
  const cookieStore = await cookies();
  const mine = invite.claimed && cookieStore.get(inviteCookieName(token))?.value === invite.resumeToken;
  return { ...invite, mine };
}
