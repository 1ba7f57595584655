import "server-only";
import { type Consultant, requireConsultant } from "@/lib/server/auth/current-consultant";
import { type InvitationRow, listPendingInvitations } from "@/lib/server/workspaces/invitations";
import { listMembers, type MemberRow } from "@/lib/server/workspaces/memberships";

export type TeamPageData = {
  consultant: Consultant;
  owner: boolean;
  members: MemberRow[];
  /** Pending invitations; only an owner sees (and revokes) them. */
  invitations: InvitationRow[];
};

/** The current workspace's members, and for an owner its pending invitations. */
export async function loadTeamPage(): Promise<TeamPageData> {
  const consultant = await requireConsultant();
  const owner = consultant.role === "owner";
  const [members, invitations] = await Promise.all([
    listMembers({ workspaceId: consultant.workspaceId }),
    owner ? listPendingInvitations({ workspaceId: consultant.workspaceId }) : Promise.resolve([]),
  ]);
  return { consultant, owner, members, invitations };
}
