import { describe, expect, it } from "vitest";
import { addressKey, normalizeAddress, resolveClientAddress } from "@/lib/security/client-address";

describe("resolveClientAddress", () => {
  const socketAddress = "203.0.113.9";

  it("uses the socket address when no proxy is trusted, whatever X-Forwarded-For says", () => {
    expect(resolveClientAddress({ socketAddress, forwardedFor: "198.51.100.1", trust: { mode: "off" } })).toBe(
      socketAddress,
    );
  });

  it("with n trusted proxies takes the nth hop from the right, never further than the chain goes", () => {
    const forwardedFor = "1.1.1.1, 198.51.100.1, 10.0.0.2";
    expect(resolveClientAddress({ socketAddress, forwardedFor, trust: { mode: "hops", hops: 1 } })).toBe("10.0.0.2");
    expect(resolveClientAddress({ socketAddress, forwardedFor, trust: { mode: "hops", hops: 2 } })).toBe(
      "198.51.100.1",
    );
    // A client that prepends its own entries cannot go past the trusted hops.
    expect(resolveClientAddress({ socketAddress, forwardedFor: "", trust: { mode: "hops", hops: 1 } })).toBe(
      socketAddress,
    );
    expect(resolveClientAddress({ socketAddress, forwardedFor: "9.9.9.9", trust: { mode: "hops", hops: 5 } })).toBe(
      "9.9.9.9",
    );
  });

  it("with a list skips the listed proxies from the right and stops at the first other address", () => {
    const trust = { mode: "addresses", addresses: ["10.0.0.1", "10.0.0.2"] } as const;
    expect(resolveClientAddress({ socketAddress: "10.0.0.1", forwardedFor: "1.1.1.1, 8.8.8.8, 10.0.0.2", trust })).toBe(
      "8.8.8.8",
    );
    // Not from a listed proxy: the header is ignored.
    expect(resolveClientAddress({ socketAddress, forwardedFor: "8.8.8.8", trust })).toBe(socketAddress);
  });

  it("ignores hops that are not addresses and has no address without a socket", () => {
    expect(
      resolveClientAddress({ socketAddress, forwardedFor: "evil, <script>", trust: { mode: "hops", hops: 1 } }),
    ).toBe(socketAddress);
    expect(resolveClientAddress({ socketAddress: null, forwardedFor: "1.1.1.1", trust: { mode: "off" } })).toBeNull();
  });
});

describe("normalizeAddress and addressKey", () => {
  it("normalises mapped IPv4, ports and brackets, and refuses non-addresses", () => {
    expect(normalizeAddress("::ffff:127.0.0.1")).toBe("127.0.0.1");
    expect(normalizeAddress(" 192.0.2.1:5000 ")).toBe("192.0.2.1");
    expect(normalizeAddress("[2001:DB8::1]:443")).toBe("2001:db8::1");
    expect(normalizeAddress("::1")).toBe("::1");
    for (const bad of ["", "unknown", "999.1.1.1", "1:2:3", "1::2::3", "localhost"]) {
      expect(normalizeAddress(bad)).toBeNull();
    }
  });

  it("counts IPv6 per /64 and IPv4 per address", () => {
    expect(addressKey("2001:db8:0:1::5")).toBe("2001:db8:0:1::/64");
    expect(addressKey("2001:0db8:0000:0001:ffff:ffff:ffff:ffff")).toBe("2001:db8:0:1::/64");
    expect(addressKey("192.0.2.1")).toBe("192.0.2.1");
  });
});
