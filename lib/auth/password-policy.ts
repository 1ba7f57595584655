import { dictionary } from "@zxcvbn-ts/language-common";

export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 128;

// ~49,000 most common passwords (zxcvbn-ts's list), checked offline. No composition rules: length and
// "not a known password" matter more (NIST SP 800-63B).
const COMMON = new Set((dictionary["passwords-common"] as string[]).map((p) => p.toLowerCase()));
// Words people reach for in this product, which no global list contains.
const PRODUCT_WORDS = ["klantkompas", "klantgericht", "klantgerichtheid", "wachtwoord", "password"];

export type PasswordProblem = "too-short" | "too-long" | "common" | "contains-email";

export function checkPassword(password: string, options: { email?: string } = {}): PasswordProblem | null {
  if (password.length < PASSWORD_MIN_LENGTH) return "too-short";
  if (password.length > PASSWORD_MAX_LENGTH) return "too-long";
  const lower = password.toLowerCase();
  if (COMMON.has(lower)) return "common";
  const stripped = lower.replace(/[\d\W_]+$/g, "").replace(/^[\d\W_]+/g, "");
  if (PRODUCT_WORDS.includes(stripped) || (stripped.length >= 8 && COMMON.has(stripped))) return "common";
  const local = options.email?.split("@")[0]?.toLowerCase();
  if (local && local.length >= 4 && lower.includes(local)) return "contains-email";
  return null;
}
