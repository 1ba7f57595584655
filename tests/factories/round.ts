import { startRoundSchema } from "@/lib/schemas/round";
import { db } from "@/lib/server/db/db";
import { createRound } from "@/lib/server/rounds/create-round";

// Shared by the round integration tests. The form is the raw input (as the start-round form posts it), so each
// test overrides only what it is about and the schema still parses it the way a real submission is parsed.

/** Raw start-round form fields: a quick Dutch team round for three roles, a small-group minimum of 3 confirmed. */
export function buildRoundForm(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    organisationName: "Ronde BV",
    kind: "quick",
    locale: "nl",
    closesAt: "",
    roles: ["board", "manager", "employee"],
    teams: "",
    minGroupSize: "3",
    confirmSmallGroups: true,
    expectedRespondents: "100",
    ...overrides,
  };
}

/** Opens a round through createRound (for a client when given); throws when it refuses. */
export async function createTestRound(overrides: Record<string, unknown> = {}, clientId?: string) {
  const created = await createRound({
    input: startRoundSchema.parse(buildRoundForm(overrides)),
    ...(clientId ? { clientId } : {}),
  });
  if (!created.ok) throw new Error(created.error);
  return created;
}

/** Opens a round and returns its stored scan row (tokens, settings). */
export async function openTestRound(overrides: Record<string, unknown> = {}, clientId?: string) {
  const { scanId } = await createTestRound(overrides, clientId);
  return db.scan.findUniqueOrThrow({ where: { id: scanId } });
}
