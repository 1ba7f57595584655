import { looksLikeMailAddress, parseMailAddress } from "@/lib/mail/mail-address";

/**
 * The pasted list of a round's personal links, read for mail: which lines get an invitation, and which lines meant
 * as an address are not a valid one. Pure.
 */

export type InviteeLine = { invitee: string; address: string | null };

export type InvalidLine = { line: number; value: string };

/**
 * Lines of the list (as the organiser pasted them, blanks kept so line numbers match the textarea): an address
 * line becomes its normalised address; a name stays as written. With `sendMail`, a line with an @ that is not a
 * valid address is reported by its line number, and the whole list must be refused.
 */
export function readInviteeLines(
  lines: readonly string[],
  options: { sendMail: boolean },
): { invitees: InviteeLine[]; invalid: InvalidLine[] } {
  const invitees: InviteeLine[] = [];
  const invalid: InvalidLine[] = [];
  lines.forEach((raw, index) => {
    const line = raw.trim();
    if (!line) return;
    const address = looksLikeMailAddress(line) ? parseMailAddress(line) : null;
    if (options.sendMail && looksLikeMailAddress(line) && !address) invalid.push({ line: index + 1, value: line });
    invitees.push({ invitee: options.sendMail && address ? address : line, address });
  });
  return { invitees, invalid };
}
