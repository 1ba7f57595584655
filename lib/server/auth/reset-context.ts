import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";

export type ResetLinkHandOver = (link: { userId: string; name: string; email: string; token: string }) => Promise<void>;

/**
 * better-auth creates the reset token and hands it to `sendResetPassword` without our request's context
 * (origin, language, or the CLI's wish to print instead of mail). The caller runs the request inside this
 * store; `sendResetPassword` passes the token on to whatever the caller put there. Outside a run (nobody
 * asked through our code) the token goes nowhere.
 */
export const resetHandOver = new AsyncLocalStorage<ResetLinkHandOver>();

export async function handOverResetLink(link: Parameters<ResetLinkHandOver>[0]): Promise<void> {
  await resetHandOver.getStore()?.(link);
}
