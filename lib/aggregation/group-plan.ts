import type { Breakdown, RoundAggregate } from "@/lib/aggregation/types";

export type GroupPlanEntry = {
  /** The role or team as the round names it. */
  key: string;
  state: "shown" | "merged" | "hidden";
  /** For "merged": the members of the group it is shown in (this one included). */
  mergedWith: string[];
};

/**
 * What the results do with each role or team of one breakdown: shown on its own, merged with neighbours, or
 * hidden. Names only — no count — so the organiser can read it before closing without learning a small
 * group's size.
 */
export function groupPlan(aggregate: Pick<RoundAggregate, "shown" | "groups">, by: Breakdown): GroupPlanEntry[] {
  if (!aggregate.shown) return [];
  return aggregate.groups
    .filter((g) => g.by === by)
    .flatMap((g) =>
      g.members.map(
        (key): GroupPlanEntry => ({
          key,
          state: !g.shown ? "hidden" : g.members.length > 1 ? "merged" : "shown",
          mergedWith: g.shown && g.members.length > 1 ? g.members : [],
        }),
      ),
    );
}
