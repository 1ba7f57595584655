import "server-only";
import { getSignedInUser } from "@/lib/server/auth/current-consultant";
import { findInvitation, type InvitationView } from "@/lib/server/workspaces/invitations";

const REFUSALS = ["accepted", "revoked", "expired", "other-address", "not-found"] as const;

export type ColleagueInvitePageData = {
  invitation: InvitationView | null;
  user: Awaited<ReturnType<typeof getSignedInUser>>;
  /** Why this visitor cannot join (the link's state first, then another signed-in address, then ?refused=…). */
  refusal: (typeof REFUSALS)[number] | InvitationView["status"] | undefined;
};

/** A colleague's invitation link as the visitor (signed in or not) sees it. */
export async function loadColleagueInvitePage({
  token,
  refused,
}: {
  token: string;
  refused: string | string[] | undefined;
}): Promise<ColleagueInvitePageData> {
  const [invitation, user] = await Promise.all([findInvitation({ token }), getSignedInUser()]);
  const refusedParam = REFUSALS.find((r) => r === refused);
  const status = invitation?.status ?? "not-found";
  const otherAddress = invitation && user && invitation.email !== user.email.toLowerCase();
  const refusal = status !== "pending" ? status : otherAddress ? "other-address" : refusedParam;
  return { invitation, user, refusal };
}
