"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import {
  CREATE_MIRROR_FIELDS,
  createMirrorSchema,
  readCreateMirrorForm,
} from "@/app/actions/mirrors/create-mirror.schema";
import type { ActionState } from "@/lib/forms/action-state";
import { defineFormAction } from "@/lib/server/actions/define-form-action";
import { getConsultant } from "@/lib/server/auth/current-consultant";
import { createMirror, type MirrorAccess } from "@/lib/server/mirrors/create-mirror";

const ERRORS = {
  "not-found": "mirrorOrganise.errors.pairingNotFound",
  "unknown-team": "mirrorOrganise.errors.unknownTeam",
  "unknown-questionnaire": "errors.unknownQuestionnaire",
} as const;

/**
 * Opens a customer mirror. Who may: a consultant, for a scan of a client of their workspace; or whoever holds the
 * round's organiser link, for that round. createMirror checks the pairing against that access, so a scan id of
 * another workspace or a made-up token is refused like an unknown one.
 */
export const createMirrorAction = defineFormAction({
  access: "public",
  schema: createMirrorSchema,
  read: readCreateMirrorForm,
  refill: CREATE_MIRROR_FIELDS,
  handler: async (input, { fields, once }): Promise<ActionState> => {
    let access: MirrorAccess;
    if (input.round) access = { roundToken: input.round };
    else {
      const consultant = await getConsultant();
      if (!consultant) return { status: "error", message: ERRORS["not-found"], fields };
      access = { workspaceId: consultant.workspaceId };
    }
    const created = await once(`mirror:${input.scan || input.round}`, input, () =>
      createMirror({
        access,
        input: {
          scanId: input.scan || null,
          team: input.team || null,
          audience: input.audience,
          segments: input.segments,
          askNps: input.askNps,
          askMark: input.askMark,
          askOpen: input.askOpen,
          closesAt: input.closesAt,
          reminderDaysBefore: input.reminderDaysBefore,
          locale: input.locale,
        },
      }),
    );
    if (!created.ok) {
      const fieldErrors = created.error === "unknown-team" ? { team: ERRORS["unknown-team"] } : undefined;
      return { status: "error", message: ERRORS[created.error], fieldErrors, fields };
    }
    revalidatePath("/clients", "layout");
    redirect(`/mirrors/${created.organiserToken}?new=1`);
  },
});
