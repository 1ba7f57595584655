import type { DomainResult } from "@/lib/scoring/types";

/** Scored domains, lowest score first; ties keep definition order (Array.prototype.sort is stable). */
export function rankScoredDomains(domains: ReadonlyArray<DomainResult>): DomainResult[] {
  return domains.filter((d) => d.status === "scored").sort((a, b) => (a.score ?? 0) - (b.score ?? 0));
}

/** The two lowest-scoring domains, plus any further domains tied with the second. */
export function weakestDomains(domains: ReadonlyArray<DomainResult>): string[] {
  const ranked = rankScoredDomains(domains);
  const second = ranked[1];
  if (!second) return ranked.map((d) => d.domainId);
  return ranked.filter((d, index) => index < 2 || d.score === second.score).map((d) => d.domainId);
}
