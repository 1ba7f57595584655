// npm run user:reset-password -- EMAIL — for an administrator when mail is off (or a mail did not arrive):
// prints a single-use link, valid for one hour, to choose a new password for that account. The same link the
// mail would carry (better-auth's token, stored hashed); using it ends every session of the account.

import { RESET_TOKEN_TTL_SECONDS } from "@/lib/auth/password-reset-rules";
import { emailSchema } from "@/lib/schemas/auth";
import { createResetLink } from "@/lib/server/auth/password-reset";
import { db } from "@/lib/server/db/db";
import { configuredOrigin } from "@/lib/server/http/configured-origin";

const parsed = emailSchema.safeParse(process.argv[2] ?? "");
if (!parsed.success) {
  console.error("usage: npm run user:reset-password -- EMAIL");
  process.exit(2);
}
const origin = configuredOrigin();
const link = await createResetLink({ email: parsed.data, origin });
await db.$disconnect();
if (!link) {
  console.error(`No account with the address ${parsed.data}.`);
  process.exit(1);
}
console.log(`Reset link for ${link.name} <${link.email}>, valid for ${RESET_TOKEN_TTL_SECONDS / 60} minutes, once:`);
console.log(link.url);
console.log("Give it to its owner only (it is as good as their password until it is used).");
