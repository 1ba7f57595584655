// Runs once when the server starts: validating the environment here makes a missing or bad variable
// (say a short BETTER_AUTH_SECRET) stop `next start` with a clear message instead of failing requests.
export async function register() {
  // NEXT_RUNTIME is set by Next.js itself, not configuration.
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  await import("./lib/env");
}
