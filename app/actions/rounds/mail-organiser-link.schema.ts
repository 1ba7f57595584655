import { z } from "zod";
import { mailAddressSchema } from "@/lib/mail/mail-address";
import { tokenSchema } from "@/lib/schemas/scan";

/** "Mail me this link" on the organiser page: the organiser link's token and the organiser's own address. */
export const mailOrganiserLinkSchema = z.object({
  token: tokenSchema,
  email: mailAddressSchema,
});
