// Zod-free, so the start forms (client components) can list the roles without pulling zod into the browser.
export const RESPONDENT_ROLES = ["board", "manager", "employee", "other"] as const;
export type RespondentRole = (typeof RESPONDENT_ROLES)[number];
