import { describe, expect, it } from "vitest";
import { EnvError, parseEnv } from "@/lib/env";

const SECRET = "s".repeat(32);

describe("parseEnv", () => {
  it("gives the defaults for an empty environment, with empty strings counting as unset", () => {
    const env = parseEnv({ PORT: "", PUBLIC_URL: " ", TRUST_PROXY: "" });
    expect(env).toMatchObject({ NODE_ENV: "development", PORT: 3000, TRUST_PROXY: { mode: "off" } });
    expect(env.PUBLIC_URL).toBeUndefined();
    expect(env.BETTER_AUTH_SECRET).toBeUndefined();
  });

  it("reads the port and PUBLIC_URL without its trailing slash, and refuses other schemes", () => {
    expect(parseEnv({ PORT: "8080", PUBLIC_URL: "https://kompas.example.nl/" })).toMatchObject({
      PORT: 8080,
      PUBLIC_URL: "https://kompas.example.nl",
    });
    expect(() => parseEnv({ PORT: "99999" })).toThrow(/PORT/);
    expect(() => parseEnv({ PUBLIC_URL: "ftp://x.example" })).toThrow(/PUBLIC_URL: must be an http/);
  });

  it("reads HOST as an address or host name, unset by default (every interface)", () => {
    expect(parseEnv({}).HOST).toBeUndefined();
    expect(parseEnv({ HOST: "127.0.0.1" }).HOST).toBe("127.0.0.1");
    expect(parseEnv({ HOST: "::1" }).HOST).toBe("::1");
    expect(parseEnv({ HOST: "scan-1.internal" }).HOST).toBe("scan-1.internal");
    expect(() => parseEnv({ HOST: "http://127.0.0.1" })).toThrow(/HOST: must be an IP address or a host name/);
  });

  it("refuses a secret shorter than 32 characters instead of ignoring it", () => {
    expect(() => parseEnv({ BETTER_AUTH_SECRET: "kort" })).toThrow(EnvError);
    expect(() => parseEnv({ BETTER_AUTH_SECRET: "s".repeat(31) })).toThrow(/BETTER_AUTH_SECRET: must be at least 32/);
    expect(parseEnv({ BETTER_AUTH_SECRET: SECRET }).BETTER_AUTH_SECRET).toBe(SECRET);
  });

  it("requires the secret when the database is not a local file, except while building", () => {
    const postgres = "postgresql://kompas@db/kompas";
    expect(() => parseEnv({ DATABASE_URL: postgres })).toThrow(/BETTER_AUTH_SECRET: is required when DATABASE_URL/);
    expect(parseEnv({ DATABASE_URL: postgres, BETTER_AUTH_SECRET: SECRET }).DATABASE_URL).toBe(postgres);
    expect(() => parseEnv({ DATABASE_URL: postgres, NEXT_PHASE: "phase-production-build" })).not.toThrow();
    expect(() => parseEnv({ DATABASE_URL: "file:./data/x.db" })).not.toThrow();
  });

  it("reads TRUST_PROXY as off, a number of proxies or a list of addresses", () => {
    expect(parseEnv({ TRUST_PROXY: "false" }).TRUST_PROXY).toEqual({ mode: "off" });
    expect(parseEnv({ TRUST_PROXY: "0" }).TRUST_PROXY).toEqual({ mode: "off" });
    expect(parseEnv({ TRUST_PROXY: "2" }).TRUST_PROXY).toEqual({ mode: "hops", hops: 2 });
    expect(parseEnv({ TRUST_PROXY: "10.0.0.1, ::1" }).TRUST_PROXY).toEqual({
      mode: "addresses",
      addresses: ["10.0.0.1", "::1"],
    });
    expect(() => parseEnv({ TRUST_PROXY: "true" })).toThrow(/how many proxies/);
    expect(() => parseEnv({ TRUST_PROXY: "nginx" })).toThrow(/TRUST_PROXY: not a number of proxies/);
    expect(() => parseEnv({ TRUST_PROXY: "11" })).toThrow(/at most 10/);
  });

  it("names every bad variable at once", () => {
    expect(() => parseEnv({ PORT: "x", BETTER_AUTH_SECRET: "kort" })).toThrow(/PORT[\s\S]*BETTER_AUTH_SECRET/);
  });

  it("reads SMTP_URL and MAIL_FROM, and requires MAIL_FROM and PUBLIC_URL with SMTP_URL", () => {
    const site = { PUBLIC_URL: "https://kompas.example.nl" };
    const env = parseEnv({
      ...site,
      SMTP_URL: "smtps://u:p@smtp.example.nl:465",
      MAIL_FROM: "Klantkompas <noreply@example.nl>",
    });
    expect(env.SMTP_URL).toBe("smtps://u:p@smtp.example.nl:465");
    expect(env.MAIL_FROM).toBe("Klantkompas <noreply@example.nl>");
    expect(parseEnv({ ...site, SMTP_URL: "smtp://127.0.0.1:2525", MAIL_FROM: "noreply@example.nl" }).MAIL_FROM).toBe(
      "noreply@example.nl",
    );
    // Mail links never take their host from a request.
    expect(() => parseEnv({ SMTP_URL: "smtp://127.0.0.1:2525", MAIL_FROM: "noreply@example.nl" })).toThrow(
      /PUBLIC_URL: is required when SMTP_URL/,
    );
    expect(parseEnv({ SMTP_URL: " ", MAIL_FROM: "" }).SMTP_URL).toBeUndefined();
    expect(() => parseEnv({ ...site, SMTP_URL: "smtp://127.0.0.1:2525" })).toThrow(
      /MAIL_FROM: is required when SMTP_URL/,
    );
    expect(() => parseEnv({ SMTP_URL: "http://smtp.example.nl" })).toThrow(/SMTP_URL: must be an smtp/);
    expect(() => parseEnv({ MAIL_FROM: "noreply" })).toThrow(/MAIL_FROM: must be an e-mail address/);
    expect(() => parseEnv({ MAIL_FROM: "a@example.nl\nBcc: b@example.nl" })).toThrow(/MAIL_FROM/);
  });

  it("reads BENCHMARK_MIN_PEERS, 5 by default, and refuses a value below 5 instead of lowering the minimum", () => {
    expect(parseEnv({}).BENCHMARK_MIN_PEERS).toBe(5);
    expect(parseEnv({ BENCHMARK_MIN_PEERS: " " }).BENCHMARK_MIN_PEERS).toBe(5);
    expect(parseEnv({ BENCHMARK_MIN_PEERS: "8" }).BENCHMARK_MIN_PEERS).toBe(8);
    expect(() => parseEnv({ BENCHMARK_MIN_PEERS: "4" })).toThrow(/BENCHMARK_MIN_PEERS: must be at least 5/);
    expect(() => parseEnv({ BENCHMARK_MIN_PEERS: "5.5" })).toThrow(/BENCHMARK_MIN_PEERS/);
    expect(() => parseEnv({ BENCHMARK_MIN_PEERS: "vijf" })).toThrow(/BENCHMARK_MIN_PEERS/);
  });
});
