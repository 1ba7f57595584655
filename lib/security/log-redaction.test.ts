import { describe, expect, it } from "vitest";
import { ABORTED_WARNING, installLogRedaction, isAbortedRequest, redactTokens } from "@/lib/security/log-redaction";

const token = "AbCdEfGhIjKlMnOpQrStUvWxYz012345";

describe("redactTokens", () => {
  it("replaces the token after every capability route, keeps the rest of the line", () => {
    for (const route of [
      "scan",
      "join",
      "results",
      "rounds",
      "invite",
      "colleague-invite",
      "reset-password",
      "mirrors",
      "mirror-results",
      "c",
      "c/i",
      "kiosk",
    ]) {
      expect(redactTokens(`Request body exceeded 256 KB for /${route}/${token}/review. Only`)).toBe(
        `Request body exceeded 256 KB for /${route}/[token]/review. Only`,
      );
    }
    expect(redactTokens(`GET http://h:3000/api/rounds/${token}/export?format=csv`)).toBe(
      "GET http://h:3000/api/rounds/[token]/export?format=csv",
    );
    expect(redactTokens(`GET /api/mirrors/${token}/export?format=json`)).toBe(
      "GET /api/mirrors/[token]/export?format=json",
    );
    expect(redactTokens(`/sign-up?invitation=${token}&x=1`)).toBe("/sign-up?invitation=[token]&x=1");
  });

  it("leaves pages and ids alone", () => {
    for (const text of [
      "/scan/new?type=quick",
      "/rounds/new",
      "/mirrors/new?scan=cm1abcdefghijklmnop",
      "/clients/cm1abcdefghijklmnop",
      "/results",
    ])
      expect(redactTokens(text)).toBe(text);
  });
});

describe("installLogRedaction", () => {
  function fakeConsole() {
    const lines: unknown[][] = [];
    const record =
      (level: string) =>
      (...args: unknown[]) =>
        lines.push([level, ...args]);
    const target = {
      log: record("log"),
      info: record("info"),
      warn: record("warn"),
      error: record("error"),
      debug: record("debug"),
      trace: record("trace"),
    } as unknown as Console;
    return { target, lines };
  }

  it("redacts strings and errors on every method, once however often it is installed", () => {
    const { target, lines } = fakeConsole();
    installLogRedaction(target);
    installLogRedaction(target);
    target.warn(`Request body exceeded 256 KB for /scan/${token}`);
    target.error(" ⨯", new Error(`failed at /results/${token}`));
    target.log({ kept: 1 });
    expect(lines[0]).toEqual(["warn", "Request body exceeded 256 KB for /scan/[token]"]);
    expect(String(lines[1]?.[2])).toContain("failed at /results/[token]");
    expect(String(lines[1]?.[2])).not.toContain(token);
    expect(lines[2]).toEqual(["log", { kept: 1 }]);
  });

  it("turns Next's two logs of one aborted request (its error, then uncaughtException) into one warning line", () => {
    const { target, lines } = fakeConsole();
    installLogRedaction(target);
    const aborted = Object.assign(new Error("aborted"), { code: "ECONNRESET" });
    expect(isAbortedRequest(aborted)).toBe(true);
    target.error(aborted);
    target.error(" ⨯", "uncaughtException: ", aborted);
    expect(lines).toEqual([["warn", ABORTED_WARNING]]);
    // Any other uncaught exception is still logged in full.
    target.error(" ⨯", "uncaughtException: ", new Error("boom"));
    expect(String(lines[1]?.[3])).toContain("Error: boom");
    expect(lines).toHaveLength(2);
    expect(isAbortedRequest(Object.assign(new Error("boom"), { code: "ECONNRESET" }))).toBe(false);
    expect(isAbortedRequest(new Error("aborted"))).toBe(false);
  });
});
