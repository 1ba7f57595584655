import { z } from "zod";
import { tokenSchema } from "@/lib/schemas/scan";
import { multiLineText } from "@/lib/schemas/text";

/** Names or e-mail addresses, one per line, each getting a personal link. */
export const personalLinksSchema = z.object({
  token: tokenSchema,
  list: multiLineText({ max: 20_000, trim: false })
    .transform((text) => text.split(/\r?\n/).map((line) => line.trim()))
    .superRefine((lines, ctx) => {
      const filled = lines.filter(Boolean);
      if (filled.length === 0) ctx.addIssue({ code: "custom", message: "round.errors.listEmpty" });
      if (filled.length > 300) ctx.addIssue({ code: "custom", message: "round.errors.listTooLong" });
      const bad = lines.flatMap((line, index) => (line.length > 200 || /[<>]/.test(line) ? [index + 1] : []));
      if (bad.length > 0)
        ctx.addIssue({ code: "custom", message: "round.errors.listBadLines", params: { lines: bad.join(", ") } });
      const seen = new Map<string, number>();
      const dupes: number[] = [];
      lines.forEach((line, index) => {
        if (!line) return;
        const key = line.toLocaleLowerCase("nl");
        if (seen.has(key)) dupes.push(index + 1);
        else seen.set(key, index + 1);
      });
      if (dupes.length > 0)
        ctx.addIssue({ code: "custom", message: "round.errors.listDuplicates", params: { lines: dupes.join(", ") } });
    })
    .transform((lines) => lines.filter(Boolean)),
});
