import type { TrustProxy } from "@/lib/env";

/**
 * The address of the client, for the per-IP limits. `socketAddress` is the peer of the TCP connection
 * (the only value nobody can choose); `forwardedFor` the X-Forwarded-For chain as it arrived. The chain
 * only counts when TRUST_PROXY says who may write it, read from the right (the hop nearest to us) the way
 * Express's "trust proxy" does: with `hops: n` the n nearest hops are proxies; with `addresses` every hop
 * in the list is a proxy. Off: the socket address, whatever the headers say.
 */
export function resolveClientAddress(options: {
  socketAddress: string | null | undefined;
  forwardedFor: string | null | undefined;
  trust: TrustProxy;
}): string | null {
  const socket = normalizeAddress(options.socketAddress);
  const { trust } = options;
  if (trust.mode === "off" || !socket) return socket;
  const chain = (options.forwardedFor ?? "")
    .split(",")
    .map((hop) => normalizeAddress(hop))
    .filter((hop): hop is string => hop !== null);
  // Nearest first: the socket, then the hops each proxy appended, right to left.
  const hops = [socket, ...chain.reverse()];
  if (trust.mode === "hops") return hops[Math.min(trust.hops, hops.length - 1)] ?? socket;
  const proxies = new Set(trust.addresses.map((a) => normalizeAddress(a)));
  for (const hop of hops) if (!proxies.has(hop)) return hop;
  return hops[hops.length - 1] ?? socket;
}

/** Trims, drops an IPv4-mapped IPv6 prefix and brackets/ports; null for anything that is not an address. */
export function normalizeAddress(raw: string | null | undefined): string | null {
  let value = (raw ?? "").trim().toLowerCase();
  if (value === "") return null;
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(value);
  if (bracketed?.[1]) value = bracketed[1];
  else if (/^\d{1,3}(\.\d{1,3}){3}:\d+$/.test(value)) value = value.replace(/:\d+$/, "");
  if (value.startsWith("::ffff:") && value.includes(".")) value = value.slice("::ffff:".length);
  if (/^\d{1,3}(\.\d{1,3}){3}$/.test(value)) {
    return value.split(".").every((part) => Number(part) <= 255) ? value : null;
  }
  return expandIpv6(value) ? value : null;
}

/**
 * The key a per-IP limit counts under. One IPv6 customer gets a whole /64, so counting single IPv6
 * addresses would let one attacker change address at will: IPv6 counts per /64.
 */
export function addressKey(address: string): string {
  const groups = expandIpv6(address);
  return groups ? `${groups.slice(0, 4).join(":")}::/64` : address;
}

function expandIpv6(value: string): string[] | null {
  if (!/^[0-9a-f:]+$/.test(value) || !value.includes(":")) return null;
  const halves = value.split("::");
  if (halves.length > 2) return null;
  const head = halves[0] ? halves[0].split(":") : [];
  const tail = halves.length === 2 && halves[1] ? halves[1].split(":") : [];
  const missing = 8 - head.length - tail.length;
  if ((halves.length === 1 && missing !== 0) || (halves.length === 2 && missing < 1)) return null;
  const groups = [...head, ...Array<string>(halves.length === 2 ? missing : 0).fill("0"), ...tail];
  if (groups.some((g) => g.length === 0 || g.length > 4)) return null;
  return groups.map((g) => g.replace(/^0+(?=.)/, ""));
}
