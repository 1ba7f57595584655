import { z } from "zod";

/** Longest address SMTP allows in a path (RFC 5321: 256 octets including the angle brackets). */
export const MAIL_ADDRESS_MAX_LENGTH = 254;

/**
 * One recipient address: trimmed, lower-cased, no display name, no line breaks (so nothing can be smuggled into
 * a header), at most 254 characters. Every address the app mails to passes through this schema.
 */
export const mailAddressSchema = z
  .string()
  .trim()
  .max(MAIL_ADDRESS_MAX_LENGTH)
  .refine((value) => !/[\r\n\0]/.test(value), { error: "line breaks are not allowed" })
  .pipe(z.email())
  .transform((value) => value.toLowerCase());

/** Whether a pasted line looks like it is meant as an address (it has an @), valid or not. */
export function looksLikeMailAddress(line: string): boolean {
  return line.includes("@");
}

/** The normalised address, or null when it is not a valid one. */
export function parseMailAddress(value: string): string | null {
  const parsed = mailAddressSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}
