import "server-only";
import { db } from "@/lib/db";

/** After this many failures inside the window, further attempts wait until the block ends. */
export const THROTTLE_RULES = {
  email: { maxFailures: 5, windowMinutes: 15, blockMinutes: 15 },
  ip: { maxFailures: 30, windowMinutes: 15, blockMinutes: 15 },
} as const;

type Kind = keyof typeof THROTTLE_RULES;
const MINUTE = 60_000;

export function throttleKeys(options: { email: string; ip?: string | null }): Array<{ kind: Kind; key: string }> {
  const keys: Array<{ kind: Kind; key: string }> = [
    { kind: "email", key: `email:${options.email.trim().toLowerCase()}` },
  ];
  if (options.ip) keys.push({ kind: "ip", key: `ip:${options.ip}` });
  return keys;
}

/** Minutes to wait before another attempt, or 0 when signing in may be tried now. */
export async function getSignInWait(options: { email: string; ip?: string | null; now?: Date }): Promise<number> {
  const now = options.now ?? new Date();
  const rows = await db.signInThrottle.findMany({ where: { key: { in: throttleKeys(options).map((k) => k.key) } } });
  const until = Math.max(0, ...rows.map((r) => (r.blockedUntil ? r.blockedUntil.getTime() : 0)));
  return until > now.getTime() ? Math.ceil((until - now.getTime()) / MINUTE) : 0;
}

export async function recordFailedSignIn(options: { email: string; ip?: string | null; now?: Date }): Promise<void> {
  const now = options.now ?? new Date();
  for (const { kind, key } of throttleKeys(options)) {
    const rule = THROTTLE_RULES[kind];
    await db.$transaction(async (tx) => {
      const row = await tx.signInThrottle.findUnique({ where: { key } });
      const windowOpen = row && now.getTime() - row.windowStart.getTime() < rule.windowMinutes * MINUTE;
      const failures = windowOpen ? row.failures + 1 : 1;
      const data = {
        failures,
        windowStart: windowOpen ? row.windowStart : now,
        blockedUntil: failures >= rule.maxFailures ? new Date(now.getTime() + rule.blockMinutes * MINUTE) : null,
      };
      await tx.signInThrottle.upsert({ where: { key }, create: { key, ...data }, update: data });
    });
  }
}

/** A successful sign-in clears the account's count (not the address's: one user's success says nothing of others). */
export async function clearFailedSignIns(options: { email: string }): Promise<void> {
  await db.signInThrottle.deleteMany({ where: { key: throttleKeys(options)[0]?.key } });
}
