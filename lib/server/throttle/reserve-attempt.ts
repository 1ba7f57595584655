import "server-only";
import { db } from "@/lib/server/db/db";

// The attempt counter behind every throttle (sign-in, sign-up, password reset, invitations, round joins),
// counted in the database (SignInThrottle) so every app server sees the same counts. It lives apart from
// lib/server/auth so workspaces and rounds can count attempts without depending on the auth folder.

const SECOND = 1000;
const MINUTE = 60 * SECOND;

/** One key's stored count. */
export type AttemptCount = { failures: number; windowStart: Date; blockedUntil: Date | null };
export type WindowRule = { maxAttempts: number; windowMinutes: number };

/** The next count under a fixed window: `maxAttempts` per `windowMinutes`, then wait until the window ends. */
export function fixedWindow(rule: WindowRule) {
  return (row: AttemptCount | null, now: Date): AttemptCount => {
    const fresh = !row || now.getTime() - row.windowStart.getTime() >= rule.windowMinutes * MINUTE;
    const failures = fresh ? 1 : row.failures + 1;
    const windowStart = fresh ? now : row.windowStart;
    const blockedUntil =
      failures >= rule.maxAttempts ? new Date(windowStart.getTime() + rule.windowMinutes * MINUTE) : null;
    return { failures, windowStart, blockedUntil };
  };
}

export type Reservation = { ok: true } | { ok: false; retryAfterSeconds: number };

const MAX_TRIES = 50;

/**
 * Counts one attempt under `key` unless the key must wait. A compare-and-set: the update only applies
 * when the row is still the one read (same count, same window), so of two parallel attempts exactly one
 * wins each count; the other reads again and sees the new wait. Portable (SQLite and PostgreSQL) and
 * correct under PostgreSQL's READ COMMITTED, which re-checks the WHERE of a row another update changed.
 */
export async function reserveAttempt(
  key: string,
  now: Date,
  next: (row: AttemptCount | null, now: Date) => AttemptCount,
): Promise<Reservation> {
  for (let attempt = 0; attempt < MAX_TRIES; attempt += 1) {
    const row = await db.signInThrottle.findUnique({ where: { key } });
    if (row?.blockedUntil && row.blockedUntil.getTime() > now.getTime()) {
      return { ok: false, retryAfterSeconds: Math.ceil((row.blockedUntil.getTime() - now.getTime()) / SECOND) };
    }
    const data = next(row, now);
    if (!row) {
      const created = await db.signInThrottle.create({ data: { key, ...data } }).then(
        () => true,
        () => false, // another attempt created it first: read again
      );
      if (created) return { ok: true };
      continue;
    }
    const { count } = await db.signInThrottle.updateMany({
      where: { key, failures: row.failures, windowStart: row.windowStart },
      data,
    });
    if (count === 1) return { ok: true };
  }
  // Fail closed: under a storm this big, waiting a second is the safe answer.
  return { ok: false, retryAfterSeconds: 1 };
}
