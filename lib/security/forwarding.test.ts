import { describe, expect, it } from "vitest";
import {
  arrivedOverHttps,
  clientAddressFromHeaders,
  FORWARDED_COPIES,
  originFromHeaders,
  stripForwardingHeaders,
} from "@/lib/security/forwarding";

const forged = new Headers({
  host: "kompas.example.nl",
  "x-forwarded-for": "198.51.100.7",
  "x-forwarded-host": "evil.example",
  "x-forwarded-proto": "http",
  "x-forwarded-port": "1",
  "x-real-ip": "198.51.100.8",
  forwarded: "for=198.51.100.9",
  [FORWARDED_COPIES.for]: "6.6.6.6",
});

describe("stripForwardingHeaders", () => {
  it("drops every client-chosen forwarding header, and our own copies, when no proxy is trusted", () => {
    const headers = stripForwardingHeaders(forged, { mode: "off" });
    for (const name of [
      "x-forwarded-for",
      "x-forwarded-host",
      "x-forwarded-proto",
      "x-forwarded-port",
      "x-real-ip",
      "forwarded",
    ]) {
      expect(headers.has(name), name).toBe(false);
    }
    for (const name of Object.values(FORWARDED_COPIES)) expect(headers.has(name), name).toBe(false);
    expect(headers.get("host")).toBe("kompas.example.nl");
  });

  it("keeps copies of what a trusted proxy sent, and never a client's own copy", () => {
    const headers = stripForwardingHeaders(forged, { mode: "hops", hops: 1 });
    expect(headers.get(FORWARDED_COPIES.for)).toBe("198.51.100.7");
    expect(headers.get(FORWARDED_COPIES.host)).toBe("evil.example");
    expect(headers.has("x-forwarded-for")).toBe(false);
    const noForwarding = stripForwardingHeaders(new Headers({ [FORWARDED_COPIES.for]: "6.6.6.6" }), {
      mode: "hops",
      hops: 1,
    });
    expect(noForwarding.has(FORWARDED_COPIES.for)).toBe(false);
  });
});

// After proxy.ts, Next.js writes the socket address into X-Forwarded-For and the Host into X-Forwarded-Host.
const afterNext = (extra: Record<string, string> = {}) =>
  new Headers({
    host: "kompas.example.nl",
    "x-forwarded-for": "::ffff:203.0.113.9",
    "x-forwarded-proto": "http",
    ...extra,
  });

describe("clientAddressFromHeaders and originFromHeaders", () => {
  it("uses the socket and the Host when no proxy is trusted", () => {
    expect(clientAddressFromHeaders(afterNext(), { mode: "off" })).toBe("203.0.113.9");
    expect(originFromHeaders(afterNext(), { trust: { mode: "off" } })).toBe("http://kompas.example.nl");
    expect(originFromHeaders(new Headers({ host: "127.0.0.1:3000" }), { trust: { mode: "off" } })).toBe(
      "http://127.0.0.1:3000",
    );
  });

  it("uses a trusted proxy's copies", () => {
    const headers = afterNext({
      [FORWARDED_COPIES.for]: "192.0.2.44",
      [FORWARDED_COPIES.host]: "klant.example.nl",
      [FORWARDED_COPIES.proto]: "https",
    });
    expect(clientAddressFromHeaders(headers, { mode: "hops", hops: 1 })).toBe("192.0.2.44");
    expect(originFromHeaders(headers, { trust: { mode: "hops", hops: 1 } })).toBe("https://klant.example.nl");
    // A list that does not name the socket: the copies do not count.
    const other = { mode: "addresses", addresses: ["10.0.0.1"] } as const;
    expect(clientAddressFromHeaders(headers, other)).toBe("203.0.113.9");
    expect(originFromHeaders(headers, { trust: other })).toBe("http://kompas.example.nl");
    const listed = { mode: "addresses", addresses: ["203.0.113.9"] } as const;
    expect(originFromHeaders(headers, { trust: listed })).toBe("https://klant.example.nl");
  });

  it("prefers PUBLIC_URL", () => {
    expect(originFromHeaders(afterNext(), { trust: { mode: "off" }, publicUrl: "https://k.example" })).toBe(
      "https://k.example",
    );
  });
});

describe("arrivedOverHttps", () => {
  it("believes X-Forwarded-Proto only from a trusted proxy", () => {
    const headers = new Headers({ "x-forwarded-proto": "https" });
    expect(arrivedOverHttps(headers, { trust: { mode: "off" } })).toBe(false);
    expect(arrivedOverHttps(headers, { trust: { mode: "hops", hops: 1 } })).toBe(true);
    expect(arrivedOverHttps(new Headers({ "x-forwarded-proto": "http" }), { trust: { mode: "hops", hops: 1 } })).toBe(
      false,
    );
  });
});
