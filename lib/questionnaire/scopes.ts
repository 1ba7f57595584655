// Zod-free, so the round form (a client component) can list the scopes without pulling zod into the browser.

/**
 * Whose part of the organisation a round's respondents answer for: the whole organisation, or their own
 * team (a front-line employee sees their team, not the organisation). Self-scans answer for the organisation.
 */
export const SCOPES = ["organisation", "team"] as const;
export type Scope = (typeof SCOPES)[number];

/** What a round asks about unless the organiser chooses otherwise, and what every round before scopes asked. */
export const DEFAULT_SCOPE: Scope = "organisation";

/** A stored scope (free text in the database) read back; anything unknown is the default. */
export function toScope(value: string | null | undefined): Scope {
  return value === "team" ? "team" : DEFAULT_SCOPE;
}
