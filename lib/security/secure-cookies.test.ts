import { describe, expect, it } from "vitest";
import { secureCookies } from "@/lib/security/secure-cookies";

describe("secureCookies", () => {
  it("follows PUBLIC_URL's scheme when set, otherwise production", () => {
    expect(secureCookies({ PUBLIC_URL: "https://kompas.example", NODE_ENV: "development" })).toBe(true);
    expect(secureCookies({ PUBLIC_URL: "http://192.168.1.10:3000", NODE_ENV: "production" })).toBe(false);
    expect(secureCookies({ PUBLIC_URL: undefined, NODE_ENV: "production" })).toBe(true);
    expect(secureCookies({ PUBLIC_URL: undefined, NODE_ENV: "development" })).toBe(false);
  });
});
