/** A round is closed by hand (status) or by its closing date, whichever comes first. */
export function isRoundClosed(scan: { status: string; closesAt: Date | null }, now: Date = new Date()): boolean {
  return scan.status === "closed" || (scan.closesAt !== null && scan.closesAt.getTime() <= now.getTime());
}
