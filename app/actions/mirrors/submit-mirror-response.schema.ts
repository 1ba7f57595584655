import { z } from "zod";
import { tokenSchema } from "@/lib/schemas/scan";
import { multiLineText, singleLineText } from "@/lib/schemas/text";

// The customer's form (components/mirrors/respond/mirror-form.tsx): one radio group per statement
// (`answer.<itemId>`), then NPS, mark, the open answer and a segment when the mirror asks them. The shape is
// checked here; what this mirror asks and allows (its statements, its segments, the open answer's cap) is
// checked against the mirror in lib/server/mirrors/submit-mirror-response.ts.

const ANSWER_PREFIX = "answer.";

/** A whole number in [min, max] from a form field; "" is no answer. */
function optionalWhole(min: number, max: number, message: string) {
  return z
    .string()
    .max(3, message)
    .transform((text, ctx) => {
      if (text === "") return null;
      const value = Number(text);
      if (!/^\d+$/.test(text) || value < min || value > max) {
        ctx.addIssue({ code: "custom", message });
        return z.NEVER;
      }
      return value;
    });
}

const answerSchema = z.union([
  z.enum(["dk", "na"]),
  z
    .string()
    .regex(/^\d{1,2}$/)
    .transform(Number),
]);

export const submitMirrorResponseSchema = z.object({
  kind: z.enum(["public", "personal", "kiosk"]),
  token: tokenSchema,
  answers: z
    .record(z.string().max(64), answerSchema, { error: "mirrorRespond.errors.answers" })
    .refine((answers) => Object.keys(answers).length <= 200, "mirrorRespond.errors.answers"),
  nps: optionalWhole(0, 10, "mirrorRespond.errors.nps"),
  mark: optionalWhole(1, 10, "mirrorRespond.errors.mark"),
  comment: multiLineText({ max: 2000, tooLong: "mirrorRespond.errors.comment" }),
  segment: singleLineText({ max: 200, tooLong: "mirrorRespond.errors.segment" }),
});

export type SubmitMirrorResponseInput = z.output<typeof submitMirrorResponseSchema>;

/** Reads the form: every `answer.<itemId>` radio, the other fields as text ("" when absent). */
export function readMirrorResponseForm(formData: FormData) {
  const answers: Record<string, unknown> = {};
  for (const [name, value] of formData.entries()) {
    if (name.startsWith(ANSWER_PREFIX)) answers[name.slice(ANSWER_PREFIX.length)] = value;
  }
  const text = (name: string) => formData.get(name) ?? "";
  return {
    kind: formData.get("kind"),
    token: formData.get("token"),
    answers,
    nps: text("nps"),
    mark: text("mark"),
    comment: text("comment"),
    segment: text("segment"),
  };
}

/** Everything the customer chose, to put back in the form when the hand-in is refused (nothing is lost). */
export function mirrorResponseFields(formData: FormData): Record<string, string> {
  const fields: Record<string, string> = {};
  let count = 0;
  for (const [name, value] of formData.entries()) {
    if (typeof value !== "string" || count >= 250) continue;
    if (name.startsWith(ANSWER_PREFIX) || ["nps", "mark", "comment", "segment"].includes(name)) {
      fields[name] = value.slice(0, 2000);
      count += 1;
    }
  }
  return fields;
}
