import type { MirrorDomain } from "@/lib/mirror/types";

/**
 * Why a domain stands where it does in the mirror-ranked action plan: a blind spot (the organisation rates
 * itself at least 15 points above its customers) comes first; the others keep their place and say what the
 * mirror found — `not-compared` where there is no gap (too few customers, or no inside score).
 */
export type MirrorPlanReason = "blind-spot" | "hidden-strength" | "aligned" | "not-compared";

export type MirrorPlanRank = { domainId: string; reason: MirrorPlanReason; gap: number | null };

/**
 * Orders the plan's domains (issue 19 §3): blind spots first, largest gap first (ties keep the given order);
 * then every other domain in the given order. Each domain id appears once, with its reason.
 */
export function rankDomainsForMirror(domainIds: string[], domains: MirrorDomain[]): MirrorPlanRank[] {
  const unique = [...new Set(domainIds)];
  const ranks = unique.map((domainId): MirrorPlanRank => {
    const domain = domains.find((d) => d.domainId === domainId);
    if (!domain || domain.gap === null || domain.label === null) return { domainId, reason: "not-compared", gap: null };
    return { domainId, reason: domain.label, gap: domain.gap };
  });
  const blind = ranks
    .map((rank, index) => ({ rank, index }))
    .filter(({ rank }) => rank.reason === "blind-spot")
    .sort((a, b) => (b.rank.gap ?? 0) - (a.rank.gap ?? 0) || a.index - b.index)
    .map(({ rank }) => rank);
  return [...blind, ...ranks.filter((rank) => rank.reason !== "blind-spot")];
}
