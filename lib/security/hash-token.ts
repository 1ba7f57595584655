import { createHash } from "node:crypto";

/** sha-256 (hex) of a capability token, for tables that must not hold the link itself. */
export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}
