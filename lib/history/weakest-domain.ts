type DomainScore = { domainId: string; score: number | null };

/**
 * The one rule for "weakest domain": the lowest scored domain; ties go to the domain that comes first in the
 * questionnaire (then by id, for domains the questionnaire no longer has). Null when nothing was scored.
 */
export function weakestDomain(domains: readonly DomainScore[], order: readonly string[] = []): string | null {
  const rank = (id: string) => {
    const index = order.indexOf(id);
    return index === -1 ? order.length : index;
  };
  const scored = domains.filter((d): d is { domainId: string; score: number } => d.score !== null);
  scored.sort(
    (a, b) => a.score - b.score || rank(a.domainId) - rank(b.domainId) || a.domainId.localeCompare(b.domainId),
  );
  return scored[0]?.domainId ?? null;
}
