// Runs once when the server starts: validating the environment here makes a missing or bad variable
// (say a short BETTER_AUTH_SECRET) stop the server with a clear message instead of failing requests.
export async function register() {
  // NEXT_RUNTIME is set by Next.js itself, not configuration.
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  try {
    await import("./lib/env");
  } catch (error) {
    // Next.js would log the error and keep serving; a server without valid configuration must not.
    console.error(`\n${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  }
}
