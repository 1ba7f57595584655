import { getLocale, getTranslations } from "next-intl/server";
import type { Breakdown, RoundAggregate } from "@/lib/aggregation";

/** Names of merged groups in the language's own list style: "board and managers", "bestuur en managers". */
export function joinGroupNames(names: ReadonlyArray<string>, locale: string): string {
  return new Intl.ListFormat(locale, { style: "long", type: "conjunction" }).format(names);
}

/**
 * Roles by their catalogue name (roles.*), an unknown role and every team as typed; a merged group (its
 * members in the aggregate) as its members' names joined ("board and managers").
 */
export async function getGroupLabel(
  aggregate?: Pick<RoundAggregate, "groups">,
): Promise<(by: Breakdown, key: string) => string> {
  const [t, locale] = await Promise.all([getTranslations("roles"), getLocale()]);
  const one = (by: Breakdown, key: string) => (by === "role" && t.has(key) ? t(key) : key);
  return (by, key) => {
    const members = aggregate?.groups.find((g) => g.by === by && g.key === key)?.members;
    return members && members.length > 1
      ? joinGroupNames(
          members.map((m) => one(by, m)),
          locale,
        )
      : one(by, key);
  };
}
