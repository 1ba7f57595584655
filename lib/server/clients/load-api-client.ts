import "server-only";
import type { z } from "zod";
import { idSchema } from "@/lib/schemas/client";
import { getConsultant } from "@/lib/server/auth/current-consultant";
import { problem } from "@/lib/server/http/api-response";

/**
 * What a client download route checks before it loads anything, in this order: a signed-in consultant (401),
 * a valid query (400), a well-formed client id (404; the same answer as a client of another workspace).
 */
export async function loadApiClient<Schema extends z.ZodType>({
  request,
  params,
  querySchema,
  queryFields,
}: {
  request: Request;
  params: Promise<{ clientId: string }>;
  querySchema: Schema;
  queryFields: readonly string[];
}): Promise<{ problem: Response } | { problem: null; workspaceId: string; clientId: string; query: z.output<Schema> }> {
  const consultant = await getConsultant();
  if (!consultant) return { problem: problem(401, "unauthorized") };
  const search = new URL(request.url).searchParams;
  const query = querySchema.safeParse(
    Object.fromEntries(queryFields.map((field) => [field, search.get(field) ?? undefined])),
  );
  if (!query.success) {
    const issues = query.error.issues.map((issue) => ({ param: issue.path.join("."), message: issue.message }));
    return { problem: problem(400, "invalid-query", issues) };
  }
  const clientId = idSchema.safeParse((await params).clientId);
  if (!clientId.success) return { problem: problem(404, "not-found") };
  return { problem: null, workspaceId: consultant.workspaceId, clientId: clientId.data, query: query.data };
}
