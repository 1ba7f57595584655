// Keeps capability tokens out of the server's log (issue 15). A token in a path is the whole capability: whoever
// reads the log could resume a scan, read results or run a round. Next.js writes request URLs into some of its own
// messages (its body-size warning: "Request body exceeded 256 KB for /scan/<token>"), so every console method is
// wrapped once at start-up (instrumentation-node.ts) and the token after a capability route is replaced.
//
// It also quiets one known harmless error: a client whose Content-Length is shorter than the body it sends makes
// Node's HTTP parser give up on the connection, the request stream errors with "aborted" (ECONNRESET), and Next.js
// logs that error with a stack, once as it fails and once as "uncaughtException". The server is fine; any log call
// that carries exactly this error (code ECONNRESET, message "aborted") becomes one warning line without the path.

import { inspect } from "node:util";

/** The routes whose next path segment is a capability token. */
export const CAPABILITY_ROUTES = [
  "scan",
  "join",
  "results",
  "rounds",
  "invite",
  "colleague-invite",
  "reset-password",
  "verify-email",
  "api/rounds",
  // The customer mirror: organiser page, shared results, the customers' personal and public links, the kiosk.
  "mirrors",
  "mirror-results",
  "api/mirrors",
  "c/i",
  "c",
  "kiosk",
] as const;

const REDACTED = "[token]";
// A token is URL-safe base64 (lib/security/tokens.ts: 32 characters; better-auth's reset tokens are 24). 16+ characters
// after a capability route is a token; shorter segments (/scan/new, /rounds/new) are pages and stay.
const PATH_TOKEN = new RegExp(`(/(?:${CAPABILITY_ROUTES.join("|")})/)[A-Za-z0-9_-]{16,}`, "g");
// Query parameters that carry one (the sign-in and sign-up pages' invitation, better-auth's token).
const QUERY_TOKEN = /([?&](?:invitation|token)=)[A-Za-z0-9_-]{16,}/g;

/** The text with every capability token in a path or query replaced by "[token]". */
export function redactTokens(text: string): string {
  return text.replace(PATH_TOKEN, `$1${REDACTED}`).replace(QUERY_TOKEN, `$1${REDACTED}`);
}

/** Node's error for a request stream the client broke off (also after a Content-Length shorter than the body). */
export function isAbortedRequest(error: unknown): boolean {
  return (
    error instanceof Error && (error as NodeJS.ErrnoException).code === "ECONNRESET" && error.message === "aborted"
  );
}

export const ABORTED_WARNING =
  "A client broke off a request (its body did not match its Content-Length, or the connection closed): ignored.";

type ConsoleMethod = "log" | "info" | "warn" | "error" | "debug" | "trace";
const METHODS: readonly ConsoleMethod[] = ["log", "info", "warn", "error", "debug", "trace"];
const INSTALLED = Symbol.for("klantkompas.logRedaction");

function redactArgument(argument: unknown): unknown {
  if (typeof argument === "string") return redactTokens(argument);
  // An error prints its message and stack; both may hold a URL. Printed as text so the error itself is untouched.
  if (argument instanceof Error) return redactTokens(inspect(argument));
  return argument;
}

/** Wraps the console's methods (once per console) so that nothing written through them carries a token. */
export function installLogRedaction(target: Console = console): void {
  const marked = target as Console & { [INSTALLED]?: true };
  if (marked[INSTALLED]) return;
  marked[INSTALLED] = true;
  const warn = target.warn.bind(target);
  const warned = new WeakSet<Error>();
  for (const method of METHODS) {
    const original = target[method].bind(target) as (...args: unknown[]) => void;
    target[method] = (...args: unknown[]) => {
      // Next.js logs the one aborted request twice (as it fails, then as uncaughtException): one warning in all.
      const aborted = args.find(isAbortedRequest) as Error | undefined;
      if (aborted) {
        if (!warned.has(aborted)) warn(ABORTED_WARNING);
        warned.add(aborted);
        return;
      }
      original(...args.map(redactArgument));
    };
  }
}
