import "server-only";
import { idSchema } from "@/lib/schemas/client";
import { requireConsultant } from "@/lib/server/auth/current-consultant";
import { getClient } from "@/lib/server/clients/manage-clients";

/** The props of every page under /clients/[clientId]. */
export type ClientPageProps = {
  params: Promise<{ clientId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export type LoadedClient = {
  client: NonNullable<Awaited<ReturnType<typeof getClient>>>;
  workspaceId: string;
};

/**
 * The signed-in consultant's client for a client page, or null: a malformed id and another workspace's
 * client are answered exactly like a missing one. Sign-in comes first, so a signed-out visitor is sent
 * to the sign-in page whatever the id.
 */
export async function loadClient({ clientId }: { clientId: string }): Promise<LoadedClient | null> {
  const { workspaceId } = await requireConsultant();
  const id = idSchema.safeParse(clientId);
  if (!id.success) return null;
  const client = await getClient({ workspaceId, clientId: id.data });
  return client ? { client, workspaceId } : null;
}
