import { randomBytes } from "node:crypto";

/** 192 random bits, URL-safe: unguessable capability links for resuming and sharing. */
export function createToken(): string {
  return randomBytes(24).toString("base64url");
}

export const TOKEN_PATTERN = /^[A-Za-z0-9_-]{32}$/;
