import type { z } from "zod";
import { QUANTIFIER_WORDS } from "@/lib/questionnaire/content-checks";
import { type MirrorQuestionnaire, mirrorQuestionnaireSchema } from "@/lib/questionnaire/mirror-schema";
import type { Questionnaire } from "@/lib/questionnaire/schema";
import { SOURCES, type SourceEntry } from "@/lib/questionnaire/sources";
import { type DefinitionIssue, formatDefinitionIssues } from "@/lib/questionnaire/validate";

/**
 * Validation of a mirror questionnaire (issue 19 §1): its shape (zod), and the rules that tie it to the full
 * scan it pairs with — every `mirrors` id exists in the SAME domain of that scan, every domain of that scan is
 * present, a domain customers can see clearly has at least two statements, a "limited" one says why.
 */

/** The mirror's scale: never … always, 1..5 (docs/mirror.md); lib/mirror/scale.ts maps it onto 0–100. */
export const MIRROR_SCALE_VALUES = [1, 2, 3, 4, 5] as const;

/** A domain customers can see clearly needs at least this many statements. */
export const MIN_STATEMENTS_PER_CLEAR_DOMAIN = 2;

/** Where the mirror's placeholder for the organisation's (or team's) name goes in the appreciation questions. */
export const ORGANISATION_PLACEHOLDER = "{organisation}";

export type ParseMirrorResult =
  | { ok: true; questionnaire: MirrorQuestionnaire }
  | { ok: false; issues: DefinitionIssue[] };

function formatPath(path: ReadonlyArray<PropertyKey>): string {
  return path.reduce<string>((acc, key) => {
    if (typeof key === "number") return `${acc}[${key}]`;
    return acc === "" ? String(key) : `${acc}.${String(key)}`;
  }, "");
}

function fromZodIssues(issues: z.core.$ZodIssue[]): DefinitionIssue[] {
  return issues.map((issue) => ({ path: formatPath(issue.path) || "(root)", message: issue.message }));
}

function duplicates(ids: string[], what: string, path: string): DefinitionIssue[] {
  const first = new Map<string, number>();
  const issues: DefinitionIssue[] = [];
  ids.forEach((id, i) => {
    const seen = first.get(id);
    if (seen === undefined) first.set(id, i);
    else issues.push({ path: `${path}[${i}].id`, message: `duplicate ${what} id "${id}" (also at ${path}[${seen}])` });
  });
  return issues;
}

/** Unique ids; the scale is exactly 1..5 with "don't know" and "not applicable". */
export function checkMirrorShape(q: MirrorQuestionnaire): DefinitionIssue[] {
  const issues = [
    ...duplicates(
      q.domains.map((d) => d.id),
      "domain",
      "domains",
    ),
    ...duplicates(
      q.items.map((i) => i.id),
      "item",
      "items",
    ),
  ];
  const values = q.scale.points.map((p) => p.value);
  if (values.join(",") !== MIRROR_SCALE_VALUES.join(",")) {
    issues.push({
      path: "scale.points",
      message: `values must be ${MIRROR_SCALE_VALUES.join(", ")}, got ${values.join(", ")}`,
    });
  }
  if (!q.scale.dontKnow) issues.push({ path: "scale.dontKnow", message: 'a mirror needs a "don\'t know" answer' });
  if (!q.scale.notApplicable)
    issues.push({ path: "scale.notApplicable", message: 'a mirror needs a "not applicable" answer' });
  for (const locale of ["nl", "en"] as const) {
    if (!q.appreciation.open.question[locale].includes(ORGANISATION_PLACEHOLDER)) {
      issues.push({
        path: `appreciation.open.question.${locale}`,
        message: `the open question names the organisation: it must contain ${ORGANISATION_PLACEHOLDER}`,
      });
    }
  }
  return issues;
}

/** The references into the paired full scan, and the per-domain rules. */
export function checkMirrorAgainstFull(q: MirrorQuestionnaire, full: Questionnaire | undefined): DefinitionIssue[] {
  if (!full) {
    return [
      {
        path: "pairsWith",
        message: `pairs with "${q.pairsWith.id}" v${q.pairsWith.version}, which is not a registered questionnaire`,
      },
    ];
  }
  if (full.kind !== "full") {
    return [
      {
        path: "pairsWith",
        message: `pairs with "${full.id}" v${full.version}, a ${full.kind} scan: pair with a full scan`,
      },
    ];
  }
  const issues: DefinitionIssue[] = [];
  const fullDomains = new Set(full.domains.map((d) => d.id));
  q.domains.forEach((domain, d) => {
    if (!fullDomains.has(domain.id)) {
      issues.push({
        path: `domains[${d}].id`,
        message: `"${domain.id}" is not a domain of ${full.id} v${full.version}`,
      });
    }
    const count = q.items.filter((item) => item.domain === domain.id).length;
    if (domain.outsideVisibility === "clear" && count < MIN_STATEMENTS_PER_CLEAR_DOMAIN) {
      issues.push({
        path: `domains[${d}]`,
        message: `"${domain.id}" is clearly visible from outside but has ${count} statement(s); it needs ${MIN_STATEMENTS_PER_CLEAR_DOMAIN} (or mark it "limited" with a note)`,
      });
    }
    if (domain.outsideVisibility === "limited" && !domain.note) {
      issues.push({
        path: `domains[${d}].note`,
        message: `"${domain.id}" is "limited": say why customers cannot see it well`,
      });
    }
    if (domain.outsideVisibility === "clear" && domain.note) {
      issues.push({
        path: `domains[${d}].note`,
        message: `"${domain.id}" is "clear": a note is only for "limited" domains`,
      });
    }
  });
  full.domains.forEach((domain) => {
    if (!q.domains.some((d) => d.id === domain.id)) {
      issues.push({ path: "domains", message: `domain "${domain.id}" of ${full.id} v${full.version} is missing` });
    }
  });
  const mirrorDomains = new Set(q.domains.map((d) => d.id));
  q.items.forEach((item, i) => {
    if (!mirrorDomains.has(item.domain)) {
      issues.push({ path: `items[${i}].domain`, message: `unknown domain "${item.domain}"` });
    }
    item.mirrors.forEach((id, m) => {
      const target = full.items.find((candidate) => candidate.id === id);
      const path = `items[${i}].mirrors[${m}]`;
      if (!target) issues.push({ path, message: `"${id}" is not an item of ${full.id} v${full.version}` });
      else if (target.domain !== item.domain) {
        issues.push({ path, message: `"${id}" is in domain "${target.domain}", not "${item.domain}"` });
      }
    });
    const seen = new Set<string>();
    item.mirrors.forEach((id, m) => {
      if (seen.has(id)) issues.push({ path: `items[${i}].mirrors[${m}]`, message: `"${id}" is named twice` });
      seen.add(id);
    });
  });
  return issues;
}

/** Every cited source is a readable id in questionnaires/sources.json. */
export function checkMirrorSources(
  q: MirrorQuestionnaire,
  sources: readonly SourceEntry[] = SOURCES,
): DefinitionIssue[] {
  const known = new Set(sources.map((s) => s.id));
  const cited = [
    ...q.items.map((item, i) => ({ path: `items[${i}].sources`, list: item.sources })),
    { path: "appreciation.nps.sources", list: q.appreciation.nps.sources },
    { path: "appreciation.mark.sources", list: q.appreciation.mark.sources },
  ];
  return cited.flatMap(({ path, list }) =>
    list.filter((s) => !known.has(s)).map((s) => ({ path, message: `"${s}" is not an id in sources.json` })),
  );
}

function quantifiersIn(text: string, words: readonly string[]): string[] {
  const tokens = text.toLowerCase().split(/[^\p{L}]+/u);
  return words.filter((word) => tokens.includes(word));
}

/**
 * Content rule: the scale says how often (never … always), so a statement may not ("they always answer" would
 * contradict "rarely"). Same word lists as the scan's statements.
 */
export function checkMirrorQuantifiers(q: MirrorQuestionnaire): DefinitionIssue[] {
  return q.items.flatMap((item, i) =>
    (["nl", "en"] as const).flatMap((locale) => {
      const found = quantifiersIn(item.statement[locale], QUANTIFIER_WORDS[locale]);
      return found.length === 0
        ? []
        : [
            {
              path: `items[${i}].statement.${locale}`,
              message: `"${item.id}" contains ${found.map((w) => `"${w}"`).join(", ")}: the scale says how often, the statement may not`,
            },
          ];
    }),
  );
}

/** Shape, references to the paired full scan (found through `findFull`), sources and content rules. */
export function parseMirrorQuestionnaire(
  raw: unknown,
  findFull: (id: string, version: number) => Questionnaire | undefined,
): ParseMirrorResult {
  const parsed = mirrorQuestionnaireSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, issues: fromZodIssues(parsed.error.issues) };
  const q = parsed.data;
  const issues = [
    ...checkMirrorShape(q),
    ...checkMirrorAgainstFull(q, findFull(q.pairsWith.id, q.pairsWith.version)),
    ...checkMirrorSources(q),
    ...checkMirrorQuantifiers(q),
  ];
  return issues.length > 0 ? { ok: false, issues } : { ok: true, questionnaire: q };
}

export class MirrorQuestionnaireDefinitionError extends Error {
  constructor(
    readonly file: string,
    readonly issues: DefinitionIssue[],
  ) {
    super(formatDefinitionIssues(file, issues));
    this.name = "MirrorQuestionnaireDefinitionError";
  }
}

/** Parses or throws an error naming the file, the path and the problem. */
export function loadMirrorQuestionnaire(
  raw: unknown,
  file: string,
  findFull: (id: string, version: number) => Questionnaire | undefined,
): MirrorQuestionnaire {
  const result = parseMirrorQuestionnaire(raw, findFull);
  if (!result.ok) throw new MirrorQuestionnaireDefinitionError(file, result.issues);
  return result.questionnaire;
}

/** Whether raw JSON claims to be a mirror questionnaire (for tools that read any questionnaire file). */
export function isMirrorFile(raw: unknown): boolean {
  return typeof raw === "object" && raw !== null && (raw as { kind?: unknown }).kind === "mirror";
}
