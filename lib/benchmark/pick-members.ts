import { domainsOfSet, setId } from "@/lib/benchmark/domain-set";
import { type CandidateScan, type Member, OVERALL } from "@/lib/benchmark/types";
import { inWindow } from "@/lib/benchmark/window";

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The scores of a scan per metric, or null when any domain of its set or the overall has none. */
function completeValues(scan: CandidateScan): Record<string, number> | null {
  if (scan.overallScore === null) return null;
  const values: Record<string, number> = { [OVERALL]: scan.overallScore };
  for (const domainId of domainsOfSet(scan.domainSetKey)) {
    const score = scan.domainScores.find((d) => d.domainId === domainId)?.score ?? null;
    if (score === null) return null;
    values[domainId] = score;
  }
  return values;
}

/**
 * One scan per organisation (client) and set: its latest submitted scan of the last 24 months that has a score on
 * every domain and overall. A scan with a domain "not enough answers" (or a round's domain hidden below its
 * minimum) is passed over for the one before it: otherwise a group's count would differ per domain. Ties on the
 * submit time go to the higher scan id, so the choice never depends on the order the database returns.
 */
export function pickMembers(scans: ReadonlyArray<CandidateScan>, { now }: { now: Date }): Member[] {
  const chosen = new Map<string, { scan: CandidateScan; values: Record<string, number> }>();
  for (const scan of scans) {
    if (!inWindow(scan.submittedAt, now)) continue;
    const values = completeValues(scan);
    if (!values) continue;
    const key = `${setId(scan)}|${scan.clientId}`;
    const current = chosen.get(key);
    const later =
      !current ||
      scan.submittedAt.getTime() > current.scan.submittedAt.getTime() ||
      (scan.submittedAt.getTime() === current.scan.submittedAt.getTime() && scan.scanId > current.scan.scanId);
    if (later) chosen.set(key, { scan, values });
  }
  return [...chosen.values()]
    .map(({ scan, values }) => ({
      questionnaireId: scan.questionnaireId,
      domainSetKey: scan.domainSetKey,
      scanKind: scan.scanKind,
      scanId: scan.scanId,
      clientId: scan.clientId,
      workspaceId: scan.workspaceId,
      sector: scan.sector,
      sizeBand: scan.sizeBand,
      submittedAt: scan.submittedAt,
      values,
    }))
    .sort((a, b) => compareText(`${setId(a)}|${a.clientId}`, `${setId(b)}|${b.clientId}`));
}
