import type { z } from "zod";
import { type Questionnaire, questionnaireSchema } from "@/lib/questionnaire/schema";

export type DefinitionIssue = { path: string; message: string };

export type ParseQuestionnaireResult =
  | { ok: true; questionnaire: Questionnaire }
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

function findDuplicates(ids: string[]): Map<string, number[]> {
  const seen = new Map<string, number[]>();
  ids.forEach((id, index) => {
    seen.set(id, [...(seen.get(id) ?? []), index]);
  });
  return new Map([...seen].filter(([, indexes]) => indexes.length > 1));
}

function checkDuplicateIds(ids: string[], what: string, path: string): DefinitionIssue[] {
  return [...findDuplicates(ids)].map(([id, indexes]) => ({
    path: `${path}[${indexes[1]}].id`,
    message: `duplicate ${what} id "${id}" (also at ${path}[${indexes[0]}])`,
  }));
}

/** Scale points must be distinct and ascending, so min/max and reverse scoring are well defined. */
export function checkScale(q: Questionnaire): DefinitionIssue[] {
  const issues: DefinitionIssue[] = [];
  q.scale.points.forEach((point, i) => {
    const prev = q.scale.points[i - 1];
    if (prev && point.value <= prev.value) {
      issues.push({ path: `scale.points[${i}].value`, message: "scale values must be strictly ascending" });
    }
  });
  // One label per scale point in every scope's wording, so a scoped screen never runs out of labels.
  for (const [scope, wording] of Object.entries(q.scopes ?? {})) {
    if (wording.points.length !== q.scale.points.length) {
      issues.push({
        path: `scopes.${scope}.points`,
        message: `has ${wording.points.length} labels but the scale has ${q.scale.points.length} points`,
      });
    }
  }
  return issues;
}

/** Level bands must cover 0–100 exactly once: start at 0, each starting where the previous ended, end at 100. */
export function checkLevelBands(q: Questionnaire): DefinitionIssue[] {
  const issues: DefinitionIssue[] = [];
  q.levels.forEach((level, i) => {
    const path = `levels[${i}]`;
    if (level.to <= level.from)
      issues.push({ path: `${path}.to`, message: `"to" (${level.to}) must be above "from" (${level.from})` });
    const prev = q.levels[i - 1];
    if (i === 0 && level.from !== 0) issues.push({ path: `${path}.from`, message: "the first level must start at 0" });
    if (prev && level.from > prev.to) {
      issues.push({
        path: `${path}.from`,
        message: `gap between ${prev.to} and ${level.from}: every score needs a level`,
      });
    }
    if (prev && level.from < prev.to) {
      issues.push({ path: `${path}.from`, message: `overlaps the previous level (${prev.from}–${prev.to})` });
    }
  });
  const last = q.levels[q.levels.length - 1];
  if (last && last.to !== 100)
    issues.push({ path: `levels[${q.levels.length - 1}].to`, message: "the last level must end at 100" });
  return issues;
}

export function checkReferences(q: Questionnaire): DefinitionIssue[] {
  const issues: DefinitionIssue[] = [];
  const domainIds = new Set(q.domains.map((d) => d.id));
  const levelIds = q.levels.map((l) => l.id);

  q.items.forEach((item, i) => {
    if (!domainIds.has(item.domain)) {
      issues.push({ path: `items[${i}].domain`, message: `unknown domain "${item.domain}"` });
    }
  });
  q.domains.forEach((domain, d) => {
    if (!q.items.some((item) => item.domain === domain.id)) {
      issues.push({ path: `domains[${d}]`, message: `domain "${domain.id}" has no items` });
    }
    for (const key of Object.keys(domain.levels)) {
      if (!levelIds.includes(key))
        issues.push({ path: `domains[${d}].levels.${key}`, message: `unknown level "${key}"` });
    }
    for (const key of Object.keys(domain.recommendations)) {
      if (!levelIds.includes(key)) {
        issues.push({ path: `domains[${d}].recommendations.${key}`, message: `unknown level "${key}"` });
      }
    }
    for (const levelId of levelIds) {
      if (!domain.recommendations[levelId]) {
        issues.push({ path: `domains[${d}].recommendations`, message: `no recommendations for level "${levelId}"` });
      }
    }
    for (const [levelId, list] of Object.entries(domain.recommendations)) {
      list.forEach((recommendation, r) => {
        recommendation.addresses?.forEach((itemId, a) => {
          const item = q.items.find((candidate) => candidate.id === itemId);
          if (item?.domain !== domain.id) {
            issues.push({
              path: `domains[${d}].recommendations.${levelId}[${r}].addresses[${a}]`,
              message: item
                ? `item "${itemId}" belongs to domain "${item.domain}", not "${domain.id}"`
                : `unknown item "${itemId}"`,
            });
          }
        });
      });
    }
    const recommendationIds = Object.values(domain.recommendations).flatMap((list) => list.map((r) => r.id));
    for (const [id] of findDuplicates(recommendationIds)) {
      issues.push({ path: `domains[${d}].recommendations`, message: `duplicate recommendation id "${id}"` });
    }
  });
  q.items.forEach((item, i) => {
    if (item.twin === undefined) return;
    const twin = q.items.find((candidate) => candidate.id === item.twin);
    const path = `items[${i}].twin`;
    if (!twin) issues.push({ path, message: `unknown item "${item.twin}"` });
    else if (twin.id === item.id) issues.push({ path, message: "an item cannot be its own twin" });
    else if (twin.domain !== item.domain) issues.push({ path, message: `twin "${twin.id}" is in another domain` });
    else if (twin.reverse === item.reverse)
      issues.push({ path, message: `exactly one of "${item.id}" and "${twin.id}" must be reverse-worded` });
  });
  if (q.minScoredDomains !== undefined && q.minScoredDomains > q.domains.length) {
    issues.push({
      path: "minScoredDomains",
      message: `needs ${q.minScoredDomains} scored domains but the questionnaire has ${q.domains.length}`,
    });
  }
  return issues;
}

/** Validates a questionnaire definition: its shape (zod) and the rules across fields. */
export function parseQuestionnaire(raw: unknown): ParseQuestionnaireResult {
  const parsed = questionnaireSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, issues: fromZodIssues(parsed.error.issues) };
  const q = parsed.data;
  const issues = [
    ...checkDuplicateIds(
      q.domains.map((d) => d.id),
      "domain",
      "domains",
    ),
    ...checkDuplicateIds(
      q.items.map((i) => i.id),
      "item",
      "items",
    ),
    ...checkDuplicateIds(
      q.levels.map((l) => l.id),
      "level",
      "levels",
    ),
    ...checkScale(q),
    ...checkLevelBands(q),
    ...checkReferences(q),
  ];
  return issues.length > 0 ? { ok: false, issues } : { ok: true, questionnaire: q };
}

export class QuestionnaireDefinitionError extends Error {
  constructor(
    readonly file: string,
    readonly issues: DefinitionIssue[],
  ) {
    super(formatDefinitionIssues(file, issues));
    this.name = "QuestionnaireDefinitionError";
  }
}

export function formatDefinitionIssues(file: string, issues: DefinitionIssue[]): string {
  return [
    `${file}: invalid questionnaire definition`,
    ...issues.map((i) => `  ${file} at ${i.path}: ${i.message}`),
  ].join("\n");
}

/** Parses or throws an error naming the file, the path and the problem. */
export function loadQuestionnaire(raw: unknown, file: string): Questionnaire {
  const result = parseQuestionnaire(raw);
  if (!result.ok) throw new QuestionnaireDefinitionError(file, result.issues);
  return result.questionnaire;
}
