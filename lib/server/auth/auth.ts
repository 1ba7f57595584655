import "server-only";
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { nextCookies } from "better-auth/next-js";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "@/lib/auth/password-policy";
import { RESET_TOKEN_TTL_SECONDS } from "@/lib/auth/password-reset-rules";
import { env } from "@/lib/env";
import { secureCookies } from "@/lib/security/secure-cookies";
import { resolveAuthSecret } from "@/lib/server/auth/auth-secret";
import { handOverResetLink } from "@/lib/server/auth/reset-context";
import { verifiedSessionPlugin } from "@/lib/server/auth/verified-session-plugin";
import { resolveDatabaseUrl } from "@/lib/server/db/database-url";
import { db } from "@/lib/server/db/db";
import { configuredOrigin } from "@/lib/server/http/configured-origin";

export const SESSION_MAX_AGE_SECONDS = 60 * 60 * 24 * 7;

const databaseUrl = resolveDatabaseUrl(env.DATABASE_URL);
// `next build` loads this module to collect page data but signs nothing; a server without its secret never
// gets this far (lib/env.ts refuses to start).
const building = env.NEXT_PHASE === "phase-production-build" && !databaseUrl.startsWith("file:");

// Password hashing (scrypt), sessions and their cookies are better-auth's. Its HTTP handler is not
// mounted: sign-up and sign-in go through our server actions, which add the password policy and the
// database-backed throttle.
/** The secret better-auth signs with; also signs the device cookie (lib/server/auth/device-cookie.ts). */
export const authSecret = building
  ? "build-time-only-never-signs-anything"
  : resolveAuthSecret({ secret: env.BETTER_AUTH_SECRET, databaseUrl });

export const auth = betterAuth({
  appName: "Klantkompas",
  baseURL: configuredOrigin(),
  secret: authSecret,
  database: prismaAdapter(db, { provider: "sqlite" }),
  emailAndPassword: {
    enabled: true,
    // Sign-up never signs in: a new and a taken address must look alike (app/actions/auth/sign-up.ts).
    autoSignIn: false,
    minPasswordLength: PASSWORD_MIN_LENGTH,
    maxPasswordLength: PASSWORD_MAX_LENGTH,
    // Password reset (lib/server/auth/password-reset.ts): a single-use token for an hour; every session ends.
    resetPasswordTokenExpiresIn: RESET_TOKEN_TTL_SECONDS,
    revokeSessionsOnPasswordReset: true,
    sendResetPassword: async ({ user, token }) =>
      handOverResetLink({ userId: user.id, name: user.name, email: user.email, token }),
  },
  // Reset tokens are stored as their hash: someone who reads the database cannot reset a password with them.
  verification: { storeIdentifier: "hashed" },
  session: { expiresIn: SESSION_MAX_AGE_SECONDS, updateAge: 60 * 60 * 24 },
  advanced: {
    cookiePrefix: "klantkompas",
    useSecureCookies: secureCookies(),
    defaultCookieAttributes: { httpOnly: true, sameSite: "lax" },
  },
  rateLimit: { enabled: false },
  telemetry: { enabled: false },
  // nextCookies last: it copies every Set-Cookie of a call made in a server action onto the response.
  plugins: [verifiedSessionPlugin(), nextCookies()],
});
