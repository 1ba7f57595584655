"use server";

import { refresh } from "next/cache";
import { loopActor, NOT_ALLOWED, text } from "@/app/actions/targets/loop-actor";
import { setTargetsFormSchema } from "@/app/actions/targets/set-targets.schema";
import { defineFormAction } from "@/lib/server/actions/define-form-action";
import { setTargets } from "@/lib/server/targets/set-targets";

/** The domains the form lists. More than the schema allows is refused; the slice only keeps the echo small. */
function listedDomains(formData: FormData): string[] {
  return formData
    .getAll("domain")
    .filter((v): v is string => typeof v === "string")
    .slice(0, 41);
}

/**
 * The targets form: one `targetDate` for all domains, per domain `level:<id>` (empty: none) and `date:<id>` (its
 * own date, empty: the one for all), the domains listed in `domain`.
 */
export const setTargetsAction = defineFormAction({
  access: loopActor,
  refused: NOT_ALLOWED,
  schema: setTargetsFormSchema,
  read: (formData) => ({
    scanId: formData.get("scanId"),
    targetDate: text(formData, "targetDate"),
    targets: listedDomains(formData).map((domainId) => ({
      domainId,
      levelId: text(formData, `level:${domainId}`),
      ownDate: text(formData, `date:${domainId}`),
    })),
  }),
  refill: (formData) => ({
    targetDate: text(formData, "targetDate"),
    ...Object.fromEntries(
      listedDomains(formData).flatMap((id) => [
        [`level:${id}`, text(formData, `level:${id}`)],
        [`date:${id}`, text(formData, `date:${id}`)],
      ]),
    ),
  }),
  invalid: (error, fields, formData) => {
    // Errors name the domain's field, e.g. "date:culture", so each shows beside its own input.
    const domains = listedDomains(formData);
    const errors: Record<string, string> = {};
    for (const issue of error.issues) {
      const [top, index, field] = issue.path;
      const domainId = typeof index === "number" ? domains[index] : undefined;
      const key =
        top === "targetDate"
          ? "targetDate"
          : top === "targets" && domainId && field
            ? `${field === "ownDate" ? "date" : "level"}:${domainId}`
            : "form";
      errors[key] ??= issue.message.startsWith("loop.") ? issue.message : "errors.invalidValue";
    }
    return { status: "error", message: "errors.checkFields", fieldErrors: errors, fields };
  },
  handler: async (input, { caller: actor, fields }) => {
    const saved = await setTargets({ actor, input });
    if (!saved.ok) {
      return {
        status: "error",
        message: saved.error === "not-found" ? "loop.errors.notAllowed" : "errors.invalidValue",
        fields,
      };
    }
    refresh();
    return { status: "done", message: saved.count > 0 ? "loop.targets.saved" : "loop.targets.cleared" };
  },
});
