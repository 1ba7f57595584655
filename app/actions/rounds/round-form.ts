import { type ActionState, submittedFields } from "@/lib/forms/action-state";

const ROUND_FIELDS = [
  "organisationName",
  "organiserRole",
  "kind",
  "scope",
  "locale",
  "closesAt",
  "extraRoles",
  "teams",
  "minGroupSize",
  "confirmSmallGroups",
  "mode",
  "expectedRespondents",
] as const;

/** The start-round form (landing page and client page), as startRoundSchema reads it. */
export function readRoundForm(formData: FormData, organisationName?: string) {
  return {
    organisationName: organisationName ?? formData.get("organisationName") ?? "",
    organiserRole: formData.get("organiserRole") ?? "",
    kind: formData.get("kind") ?? "",
    scope: formData.get("scope") || undefined,
    locale: formData.get("locale") ?? "",
    closesAt: formData.get("closesAt") ?? "",
    roles: formData.getAll("roles").filter((v): v is string => typeof v === "string"),
    extraRoles: formData.get("extraRoles") ?? "",
    teams: formData.get("teams") ?? "",
    minGroupSize: formData.get("minGroupSize") || undefined,
    confirmSmallGroups: formData.get("confirmSmallGroups") === "on",
    mode: formData.get("mode") || undefined,
    expectedRespondents: formData.get("expectedRespondents") ?? "",
  };
}

/** The submitted fields to refill, the ticked roles one per line. */
export function refillRoundForm(formData: FormData): Record<string, string> {
  const fields = submittedFields(formData, ROUND_FIELDS);
  fields.roles = formData
    .getAll("roles")
    .filter((v) => typeof v === "string")
    .join("\n");
  return fields;
}

/** Sealed invitations exist only with mail: their links are mailed and never shown. */
export const SEALED_NEEDS_MAIL: ActionState = {
  status: "error",
  message: "errors.checkFields",
  fieldErrors: { mode: "anonymity.errors.sealedNeedsMail" },
};
