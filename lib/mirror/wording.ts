/**
 * The placeholder of the mirror's questions (checked by lib/questionnaire/mirror-validate.ts, which names the
 * same string). Kept here without imports, so a client form can fill a question without loading the validator.
 */
export const ORGANISATION_PLACEHOLDER = "{organisation}";

/**
 * A mirror question with the organisation's (or team's) name filled in: every literal `{organisation}` is
 * replaced, nothing else is interpreted (no ICU), so a name with braces or apostrophes comes out as typed.
 */
export function fillOrganisation(text: string, organisation: string): string {
  return text.split(ORGANISATION_PLACEHOLDER).join(organisation);
}
