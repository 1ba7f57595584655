import "server-only";
import { createHash } from "node:crypto";
import { db } from "@/lib/server/db/db";

/** How long a key is remembered, and how long a repeat waits for the first submit's result. */
export const SUBMIT_KEY_RULES = { rememberMinutes: 10, waitMs: 15_000, pollMs: 50 } as const;

const MINUTE = 60_000;

/**
 * Runs `run` once per (scope, key, input), across requests and app servers: the first submit inserts the
 * key (one INSERT; the primary key is the condition) and stores its result; a repeat finds the row and
 * returns the stored result, waiting for it while the first is still running. When the first submit
 * fails, its key is removed, so a retry runs again. `input` is part of the key: a form reopened with the
 * browser's back button and changed is a new submit. Results must be JSON.
 */
export async function runOnce<T>(options: {
  scope: string;
  key: string;
  input: unknown;
  run: () => Promise<T>;
}): Promise<T> {
  const { scope, run } = options;
  const id = createHash("sha256")
    .update(JSON.stringify([scope, options.key, options.input]))
    .digest("base64url");
  const now = new Date();
  await db.submitKey.deleteMany({
    where: { createdAt: { lt: new Date(now.getTime() - SUBMIT_KEY_RULES.rememberMinutes * MINUTE) } },
  });
  const first = await db.submitKey.create({ data: { key: id, scope, createdAt: now } }).then(
    () => true,
    (error: unknown) => {
      if ((error as { code?: string }).code === "P2002") return false;
      throw error;
    },
  );
  if (first) {
    try {
      const result = await run();
      await db.submitKey.update({ where: { key: id }, data: { result: JSON.stringify(result) } });
      return result;
    } catch (error) {
      await db.submitKey.deleteMany({ where: { key: id } });
      throw error;
    }
  }
  const deadline = Date.now() + SUBMIT_KEY_RULES.waitMs;
  while (Date.now() < deadline) {
    const row = await db.submitKey.findUnique({ where: { key: id } });
    // The first submit failed and let go of the key: this one tries afresh.
    if (!row) return runOnce(options);
    if (row.result !== null) return JSON.parse(row.result) as T;
    await new Promise((resolve) => setTimeout(resolve, SUBMIT_KEY_RULES.pollMs));
  }
  throw new Error("The first submit with this key did not finish in time.");
}
