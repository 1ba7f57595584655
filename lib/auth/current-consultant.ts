import "server-only";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { ensureWorkspace } from "@/lib/workspaces/ensure-workspace";
import { auth } from "./auth";

export type Consultant = { userId: string; name: string; email: string; workspaceId: string };

/** The signed-in consultant, checked against the session table on every request; null when signed out. */
export const getConsultant = cache(async (): Promise<Consultant | null> => {
  const session = await auth.api.getSession({ headers: await headers() });
  if (!session) return null;
  const { workspaceId } = await ensureWorkspace({ userId: session.user.id, name: session.user.name });
  return { userId: session.user.id, name: session.user.name, email: session.user.email, workspaceId };
});

/** For pages and actions: sends a signed-out visitor to the sign-in page. */
export async function requireConsultant(): Promise<Consultant> {
  const consultant = await getConsultant();
  if (!consultant) redirect("/sign-in");
  return consultant;
}
