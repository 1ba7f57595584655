import { domainsOfSet, setId } from "@/lib/benchmark/domain-set";
import { ascending, groupFigures } from "@/lib/benchmark/percentiles";
import { type BenchmarkSet, type GroupType, type Member, type Norm, OVERALL } from "@/lib/benchmark/types";

/** The group value a member falls in for each group type. */
export function memberGroupValue(member: Pick<Member, "sector" | "sizeBand">, groupType: GroupType): string {
  if (groupType === "sector") return member.sector;
  if (groupType === "size") return member.sizeBand;
  return "";
}

/**
 * A norm per set, group (all organisations, each sector, each size band) and metric (each domain and overall).
 * Every group is stored, however small: the minimum is applied when a benchmark is shown (against the group
 * without the viewed organisation), so the configured minimum can change without a refresh.
 */
export function buildNorms(members: ReadonlyArray<Member>): Norm[] {
  const bySet = new Map<string, { set: BenchmarkSet; members: Member[] }>();
  for (const member of members) {
    const id = setId(member);
    const entry = bySet.get(id) ?? {
      set: { questionnaireId: member.questionnaireId, domainSetKey: member.domainSetKey, scanKind: member.scanKind },
      members: [],
    };
    entry.members.push(member);
    bySet.set(id, entry);
  }
  const norms: Norm[] = [];
  for (const { set, members: inSet } of bySet.values()) {
    const metrics = [...domainsOfSet(set.domainSetKey), OVERALL];
    for (const groupType of ["all", "sector", "size"] as const) {
      const groups = new Map<string, Member[]>();
      for (const member of inSet) {
        const value = memberGroupValue(member, groupType);
        groups.set(value, [...(groups.get(value) ?? []), member]);
      }
      for (const [groupValue, group] of groups) {
        for (const metric of metrics) {
          const scores = ascending(group.map((m) => m.values[metric] ?? Number.NaN).filter((v) => !Number.isNaN(v)));
          if (scores.length === 0) continue;
          norms.push({ ...set, groupType, groupValue, metric, n: scores.length, ...groupFigures(scores), scores });
        }
      }
    }
  }
  return norms;
}
