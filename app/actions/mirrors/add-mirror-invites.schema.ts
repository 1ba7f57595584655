import { z } from "zod";
import type { ActionState } from "@/lib/forms/action-state";
import type { MirrorInviteProblem } from "@/lib/mail/mirror-invite-list";
import { tokenSchema } from "@/lib/schemas/scan";
import { multiLineText, singleLineText } from "@/lib/schemas/text";

/** Largest CSV file read: 2,000 addresses with a name and a segment fit, and it stays under the action body limit. */
export const MAX_CSV_BYTES = 150_000;

/** Addresses pasted or a CSV file, and for a pasted list one segment for all of them. */
export const addMirrorInvitesSchema = z
  .object({
    token: tokenSchema,
    list: multiLineText({ max: 100_000, trim: false, tooLong: "mirrorOrganise.errors.listTooLong" }),
    csv: multiLineText({ max: MAX_CSV_BYTES, trim: false, tooLong: "mirrorOrganise.errors.fileTooLarge" }),
    segment: singleLineText({ max: 60 }),
  })
  .refine((input) => input.list.trim() !== "" || input.csv.trim() !== "", {
    message: "mirrorOrganise.errors.listEmpty",
    path: ["list"],
  });

/** The invite form's answer: besides the message, the lines that were left out and why. */
export type MirrorInvitesState = ActionState & { problems?: MirrorInviteProblem[] };
