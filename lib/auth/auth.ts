import "server-only";
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { nextCookies } from "better-auth/next-js";
import { resolveDatabaseUrl } from "@/lib/database-url";
import { db } from "@/lib/db";
import { resolveAuthSecret } from "./auth-secret";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "./password-policy";

export const SESSION_MAX_AGE_SECONDS = 60 * 60 * 24 * 7;

const publicUrl = process.env.PUBLIC_URL;
// Secure cookies in production; a plain-http PUBLIC_URL (a LAN install) opts out explicitly.
const secureCookies = publicUrl ? publicUrl.startsWith("https://") : process.env.NODE_ENV === "production";

// Password hashing (scrypt), sessions and their cookies are better-auth's. Its HTTP handler is not
// mounted: sign-up and sign-in go through our server actions, which add the password policy and the
// database-backed throttle.
export const auth = betterAuth({
  appName: "Klantkompas",
  baseURL: publicUrl ?? `http://localhost:${process.env.PORT ?? 3000}`,
  secret: resolveAuthSecret({ ...process.env, DATABASE_URL: resolveDatabaseUrl(process.env.DATABASE_URL) }),
  database: prismaAdapter(db, { provider: "sqlite" }),
  emailAndPassword: {
    enabled: true,
    autoSignIn: true,
    minPasswordLength: PASSWORD_MIN_LENGTH,
    maxPasswordLength: PASSWORD_MAX_LENGTH,
  },
  session: { expiresIn: SESSION_MAX_AGE_SECONDS, updateAge: 60 * 60 * 24 },
  advanced: {
    cookiePrefix: "klantkompas",
    useSecureCookies: secureCookies,
    defaultCookieAttributes: { httpOnly: true, sameSite: "lax" },
  },
  rateLimit: { enabled: false },
  telemetry: { enabled: false },
  plugins: [nextCookies()],
});
