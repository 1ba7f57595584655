/**
 * Versions of a questionnaire with the same domains count together: the set is keyed by the sorted domain ids,
 * so a version that adds or drops a domain starts a benchmark of its own.
 */
export function domainSetKey(domainIds: ReadonlyArray<string>): string {
  return [...new Set(domainIds)].sort().join(",");
}

export function domainsOfSet(key: string): string[] {
  return key === "" ? [] : key.split(",");
}

/** The sets of a list of questionnaires: one per id and domain set, with the versions that belong to it. */
export function benchmarkSets(
  questionnaires: ReadonlyArray<{ id: string; version: number; domains: ReadonlyArray<{ id: string }> }>,
): Array<{ questionnaireId: string; domainSetKey: string; versions: number[] }> {
  const sets = new Map<string, { questionnaireId: string; domainSetKey: string; versions: number[] }>();
  for (const q of questionnaires) {
    const key = domainSetKey(q.domains.map((d) => d.id));
    const id = `${q.id}|${key}`;
    const set = sets.get(id) ?? { questionnaireId: q.id, domainSetKey: key, versions: [] };
    set.versions.push(q.version);
    sets.set(id, set);
  }
  return [...sets.values()].map((s) => ({ ...s, versions: s.versions.sort((a, b) => a - b) }));
}

/** One string per set, for the refresh lock. */
export function setId(set: { questionnaireId: string; domainSetKey: string; scanKind: string }): string {
  return `${set.questionnaireId}|${set.domainSetKey}|${set.scanKind}`;
}
