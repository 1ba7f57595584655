import "server-only";
import type { BetterAuthPlugin } from "better-auth";
import { APIError, createAuthEndpoint } from "better-auth/api";
import { setSessionCookie } from "better-auth/cookies";
import { z } from "zod";

/**
 * One server-only better-auth endpoint, `auth.api.signInVerifiedUser`: a session for an account whose address was
 * just confirmed in the browser that signed it up (lib/server/auth/verified-session.ts decides that; nothing
 * else calls it). It has no path, so it is never reachable over HTTP (and better-auth's HTTP handler is not
 * mounted at all). The session is better-auth's own: the same table, cookie, signature and lifetime as a
 * password sign-in's.
 */
export const verifiedSessionPlugin = () =>
  ({
    id: "klantkompas-verified-session",
    endpoints: {
      signInVerifiedUser: createAuthEndpoint.serverOnly(
        { method: "POST", body: z.object({ userId: z.string().min(1) }) },
        async (ctx) => {
          const user = await ctx.context.internalAdapter.findUserById(ctx.body.userId);
          if (!user?.emailVerified) throw new APIError("FORBIDDEN");
          const session = await ctx.context.internalAdapter.createSession(user.id);
          if (!session) throw new APIError("INTERNAL_SERVER_ERROR");
          await setSessionCookie(ctx, { session, user });
          return ctx.json({ ok: true });
        },
      ),
    },
  }) satisfies BetterAuthPlugin;
