import { z } from "zod";
import { localizedTextSchema, type Questionnaire } from "@/lib/questionnaire/schema";
import sourcesFile from "@/questionnaires/sources.json";

/** One source article: a readable id, its title and author, what it contributes, and its seed-file id (as cited in v1). */
export const sourceEntrySchema = z.strictObject({
  id: z.string().regex(/^[a-z][a-z0-9-]*$/),
  seedFile: z.string().regex(/^\d{3}_[0-9a-f]{16}$/),
  title: z.string().min(1),
  author: z.string().min(1),
  language: z.enum(["nl", "en"]),
  contributes: localizedTextSchema,
});
export const sourcesFileSchema = z.strictObject({
  $comment: z.string().optional(),
  sources: z.array(sourceEntrySchema).min(1),
});
export type SourceEntry = z.infer<typeof sourceEntrySchema>;

export const SOURCES_FILE = "questionnaires/sources.json";

export function parseSources(raw: unknown): SourceEntry[] {
  return sourcesFileSchema.parse(raw).sources;
}

export const SOURCES: readonly SourceEntry[] = parseSources(sourcesFile);

/** The source a citation names: by readable id or by seed-file id; undefined when unknown. */
export function findSource(citation: string, sources: readonly SourceEntry[] = SOURCES): SourceEntry | undefined {
  return sources.find((source) => source.id === citation || source.seedFile === citation);
}

/** Every citation in a questionnaire (items and recommendations) that names no known source. */
export function unknownCitations(q: Questionnaire, sources: readonly SourceEntry[] = SOURCES): string[] {
  const cited = [
    ...q.items.flatMap((item) => item.sources.map((s) => ({ where: `item ${item.id}`, s }))),
    ...q.domains.flatMap((domain) =>
      Object.values(domain.recommendations)
        .flat()
        .flatMap((r) => r.sources.map((s) => ({ where: `recommendation ${r.id}`, s }))),
    ),
  ];
  return cited.filter(({ s }) => !findSource(s, sources)).map(({ where, s }) => `${where}: "${s}"`);
}
