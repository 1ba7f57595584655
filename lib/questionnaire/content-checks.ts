import { RESPONDENT_ROLES, type RespondentRole } from "@/lib/questionnaire/respondent-roles";
import { type Owner, type Questionnaire, SCOPES } from "@/lib/questionnaire/schema";
import { SOURCES, type SourceEntry } from "@/lib/questionnaire/sources";
import type { DefinitionIssue } from "@/lib/questionnaire/validate";

/**
 * Content rules from issue 17, for questionnaires from this version on. v1 and v2 are released and may not
 * change, so they are exempt; everything written from v3 on has to pass.
 */
export const CONTENT_CHECKED_FROM_VERSION = 3;

/**
 * Words that build a frequency or a universal into a statement ("vaste tijd", "every customer"). The scale
 * already says how widely a practice is done, so such a word contradicts the low answers ("here and there,
 * every customer"). Matched as whole words, case-insensitively.
 */
export const QUANTIFIER_WORDS = {
  nl: [
    "vast",
    "vaste",
    "elk",
    "elke",
    "ieder",
    "iedere",
    "iedereen",
    "alle",
    "alles",
    "allemaal",
    "altijd",
    "nooit",
    "steeds",
  ],
  en: ["every", "everyone", "everybody", "each", "all", "always", "never", "fixed", "any", "anyone"],
} as const;

/** Twins sit at least this many statements apart, so the second is not answered by looking at the first. */
export const MIN_TWIN_DISTANCE = 10;

/** The respondent role that takes a recommendation's first step for each owner. */
export const OWNER_ROLE: Record<Owner, RespondentRole> = { board: "board", manager: "manager", team: "employee" };

function quantifiersIn(text: string, words: readonly string[]): string[] {
  const tokens = text.toLowerCase().split(/[^\p{L}]+/u);
  return words.filter((word) => tokens.includes(word));
}

/** No quantifier words in a scored statement, in either language. */
export function checkQuantifiers(q: Questionnaire): DefinitionIssue[] {
  return q.items.flatMap((item, i) =>
    (["nl", "en"] as const).flatMap((locale) => {
      const found = quantifiersIn(item.statement[locale], QUANTIFIER_WORDS[locale]);
      return found.length === 0
        ? []
        : [
            {
              path: `items[${i}].statement.${locale}`,
              message: `"${item.id}" contains ${found.map((w) => `"${w}"`).join(", ")}: the scale says how widely, the statement may not`,
            },
          ];
    }),
  );
}

/**
 * A negatively worded statement may only be an unscored consistency check whose twin says the exact
 * opposite, far from it. Scoring has no unscored statements yet, so a reverse-worded statement (which
 * would count the same practice twice) is refused outright, and twins must sit far apart.
 */
export function checkTwins(q: Questionnaire): DefinitionIssue[] {
  const issues: DefinitionIssue[] = [];
  q.items.forEach((item, i) => {
    if (item.reverse) {
      issues.push({
        path: `items[${i}].reverse`,
        message: `"${item.id}" is negatively worded and would be scored; keep it only as an unscored check (not supported by scoring yet) or remove it`,
      });
    }
    if (item.twin === undefined) return;
    const t = q.items.findIndex((candidate) => candidate.id === item.twin);
    if (t >= 0 && Math.abs(t - i) < MIN_TWIN_DISTANCE) {
      issues.push({
        path: `items[${i}].twin`,
        message: `"${item.id}" and its twin "${item.twin}" are ${Math.abs(t - i)} statements apart; they need ${MIN_TWIN_DISTANCE}`,
      });
    }
  });
  return issues;
}

/**
 * Every statement names who can judge it, and every role can judge enough statements in every domain for
 * a domain score (`minAnsweredShare`); otherwise an honest "don't know" leaves a role without a score and a
 * board-versus-employee gap measures position, not perception.
 */
export function checkAudience(q: Questionnaire): DefinitionIssue[] {
  const issues: DefinitionIssue[] = [];
  q.items.forEach((item, i) => {
    if (!item.audience) issues.push({ path: `items[${i}].audience`, message: `"${item.id}" says nobody can judge it` });
  });
  q.domains.forEach((domain, d) => {
    const items = q.items.filter((item) => item.domain === domain.id);
    for (const role of RESPONDENT_ROLES) {
      const judgeable = items.filter((item) => item.audience?.includes(role)).length;
      // Division, as in scoreDomain, so the rule here is the rule there.
      if (items.length > 0 && judgeable / items.length < q.minAnsweredShare) {
        issues.push({
          path: `domains[${d}]`,
          message: `role "${role}" can judge ${judgeable} of ${items.length} statements in "${domain.id}": too few for a score (share ${q.minAnsweredShare})`,
        });
      }
    }
  });
  return issues;
}

/**
 * Every domain has its own text for every level, and no two domains (nor a domain and the general level)
 * share one, so a domain card says something about that domain.
 */
export function checkLevelTexts(q: Questionnaire): DefinitionIssue[] {
  const issues: DefinitionIssue[] = [];
  const seen = new Map<string, string>();
  for (const level of q.levels) {
    for (const locale of ["nl", "en"] as const) seen.set(`${locale}:${level.description[locale]}`, "the general level");
  }
  q.domains.forEach((domain, d) => {
    for (const level of q.levels) {
      const own = domain.levels[level.id];
      const path = `domains[${d}].levels.${level.id}`;
      if (!own) {
        issues.push({ path, message: `"${domain.id}" has no text of its own for level "${level.id}"` });
        continue;
      }
      for (const locale of ["nl", "en"] as const) {
        const key = `${locale}:${own.description[locale]}`;
        const other = seen.get(key);
        if (other) issues.push({ path: `${path}.description.${locale}`, message: `same text as ${other}` });
        else seen.set(key, `"${domain.id}" level "${level.id}"`);
      }
    }
  });
  return issues;
}

/**
 * Every recommendation names an owner and the statements it addresses, and the owner is a role that can
 * see at least one of those practices: who cannot see a practice cannot take its first step.
 */
export function checkOwners(q: Questionnaire): DefinitionIssue[] {
  const issues: DefinitionIssue[] = [];
  q.domains.forEach((domain, d) => {
    for (const [levelId, list] of Object.entries(domain.recommendations)) {
      list.forEach((r, i) => {
        const path = `domains[${d}].recommendations.${levelId}[${i}]`;
        if (!r.owner || !r.addresses) {
          issues.push({ path, message: `"${r.id}" needs an owner and the statements it addresses` });
          return;
        }
        const role = OWNER_ROLE[r.owner];
        const addressed = q.items.filter((item) => r.addresses?.includes(item.id));
        if (!addressed.some((item) => item.audience?.includes(role))) {
          issues.push({
            path: `${path}.owner`,
            message: `owner "${r.owner}" of "${r.id}" can judge none of the statements it addresses`,
          });
        }
      });
    }
  });
  return issues;
}

/** Every cited source is a readable id in sources.json (v3 cites no seed-file ids). */
export function checkSources(q: Questionnaire, sources: readonly SourceEntry[] = SOURCES): DefinitionIssue[] {
  const known = new Set(sources.map((s) => s.id));
  const cited = [
    ...q.items.map((item, i) => ({ path: `items[${i}].sources`, id: item.id, list: item.sources })),
    ...q.domains.flatMap((domain, d) =>
      Object.entries(domain.recommendations).flatMap(([levelId, list]) =>
        list.map((r, i) => ({
          path: `domains[${d}].recommendations.${levelId}[${i}].sources`,
          id: r.id,
          list: r.sources,
        })),
      ),
    ),
  ];
  return cited.flatMap(({ path, id, list }) =>
    list
      .filter((source) => !known.has(source))
      .map((source) => ({ path, message: `"${id}" cites "${source}", which is not an id in sources.json` })),
  );
}

/** The scale has wording for every round scope, and every domain says what a gap in it means, in both kinds. */
export function checkScopesAndGaps(q: Questionnaire): DefinitionIssue[] {
  const issues: DefinitionIssue[] = [];
  for (const scope of SCOPES) {
    if (!q.scopes?.[scope]) issues.push({ path: `scopes.${scope}`, message: `no scale wording for scope "${scope}"` });
  }
  q.domains.forEach((domain, d) => {
    if (!domain.gapAdvice)
      issues.push({ path: `domains[${d}].gapAdvice`, message: `"${domain.id}" has no gap advice` });
    if (!domain.teamGapAdvice) {
      issues.push({
        path: `domains[${d}].teamGapAdvice`,
        message: `"${domain.id}" has no team-versus-team gap advice`,
      });
    }
  });
  return issues;
}

/** Every content rule; empty for versions before CONTENT_CHECKED_FROM_VERSION. */
export function contentIssues(q: Questionnaire, sources: readonly SourceEntry[] = SOURCES): DefinitionIssue[] {
  if (q.version < CONTENT_CHECKED_FROM_VERSION) return [];
  return [
    ...checkQuantifiers(q),
    ...checkTwins(q),
    ...checkAudience(q),
    ...checkLevelTexts(q),
    ...checkOwners(q),
    ...checkSources(q, sources),
    ...checkScopesAndGaps(q),
  ];
}
