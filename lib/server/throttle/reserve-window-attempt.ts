import "server-only";
import { fixedWindow, type Reservation, reserveAttempt, type WindowRule } from "@/lib/server/throttle/reserve-attempt";

/**
 * Counts one attempt under `key` against a fixed window (`maxAttempts` per `windowMinutes`), with the same
 * compare-and-set as sign-in; for other guessable or floodable requests (password reset, invitations, round joins).
 */
export async function reserveWindowAttempt(options: {
  key: string;
  rule: WindowRule;
  now?: Date;
}): Promise<Reservation> {
  return reserveAttempt(options.key, options.now ?? new Date(), fixedWindow(options.rule));
}
