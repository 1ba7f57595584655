import { z } from "zod";
import { MAIL_ADDRESS_MAX_LENGTH, parseMailAddress } from "@/lib/mail/mail-address";

/** An optional address field: empty is none; anything else must be one valid address (lib/mail/mail-address.ts). */
export const optionalMailAddressSchema = z
  .string()
  .trim()
  .max(MAIL_ADDRESS_MAX_LENGTH + 50, "mail.errors.invalidAddress")
  .transform((value, context) => {
    if (!value) return undefined;
    const address = parseMailAddress(value);
    if (!address) {
      context.addIssue({ code: "custom", message: "mail.errors.invalidAddress" });
      return z.NEVER;
    }
    return address;
  })
  .optional();
