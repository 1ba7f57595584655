// npm run user:verify -- EMAIL — for an administrator: marks that account's address as verified, so invitations
// and reminders may leave for its workspace (lib/server/mail/mail-quota.ts). For mail-off installations and for an
// address the administrator knows to be right; a verification mail does the same for the account's owner.

import { emailSchema } from "@/lib/schemas/auth";
import { markEmailVerified } from "@/lib/server/auth/email-verification";
import { db } from "@/lib/server/db/db";

const parsed = emailSchema.safeParse(process.argv[2] ?? "");
if (!parsed.success) {
  console.error("usage: npm run user:verify -- EMAIL");
  process.exit(2);
}
const done = await markEmailVerified(parsed.data);
await db.$disconnect();
if (!done) {
  console.error(`No account with the address ${parsed.data}.`);
  process.exit(1);
}
console.log(`The address ${parsed.data} is verified: its invitations and reminders may now be mailed.`);
