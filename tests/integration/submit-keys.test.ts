import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { runOnce, SUBMIT_KEY_RULES } from "@/lib/server/actions/submit-keys";
import { db } from "@/lib/server/db/db";

// The one-time submit keys used to live in one process's memory; now they are rows, so a repeat that
// reaches another app server (or the same one after a restart) still gets the first submit's result.

const newKey = () => randomUUID().replace(/-/g, "");

describe("runOnce (one-time submit keys in the database)", () => {
  it("runs once for submits that arrive together and gives each the first result", async () => {
    const key = newKey();
    let runs = 0;
    const run = async () => {
      runs += 1;
      await new Promise((resolve) => setTimeout(resolve, 100));
      return { id: `client-${runs}` };
    };
    const results = await Promise.all(
      Array.from({ length: 5 }, () => runOnce({ scope: "client:w1", key, input: { name: "A" }, run })),
    );
    expect(runs).toBe(1);
    expect(results).toEqual(Array(5).fill({ id: "client-1" }));
    // A later repeat reads the stored result.
    expect(await runOnce({ scope: "client:w1", key, input: { name: "A" }, run })).toEqual({ id: "client-1" });
    expect(runs).toBe(1);
    expect(await db.submitKey.count({ where: { scope: "client:w1", result: { not: null } } })).toBeGreaterThan(0);
  });

  it("treats another scope or changed input as a new submit", async () => {
    const key = newKey();
    let runs = 0;
    const run = async () => ({ n: ++runs });
    await runOnce({ scope: "client:w1", key, input: { name: "A" }, run });
    await runOnce({ scope: "client:w2", key, input: { name: "A" }, run });
    await runOnce({ scope: "client:w1", key, input: { name: "B" }, run });
    expect(runs).toBe(3);
  });

  it("lets a retry run again when the first submit failed", async () => {
    const key = newKey();
    await expect(
      runOnce({ scope: "s", key, input: 1, run: () => Promise.reject(new Error("database down")) }),
    ).rejects.toThrow("database down");
    expect(await runOnce({ scope: "s", key, input: 1, run: async () => "second" })).toBe("second");
  });

  it("forgets keys after the remembering time", async () => {
    const old = new Date(Date.now() - (SUBMIT_KEY_RULES.rememberMinutes + 1) * 60_000);
    await db.submitKey.create({ data: { key: `old-${newKey()}`, scope: "s", result: "1", createdAt: old } });
    await runOnce({ scope: "s", key: newKey(), input: 0, run: async () => 0 });
    expect(await db.submitKey.count({ where: { createdAt: { lt: new Date(Date.now() - 10 * 60_000) } } })).toBe(0);
  });
});
