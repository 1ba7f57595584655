// Runs once when the server starts. Only the Node.js runtime does anything (instrumentation-node.ts):
// importing it behind this check keeps Node-only code (process.exit, SMTP, the database) out of the Edge build.
export async function register() {
  // NEXT_RUNTIME is set by Next.js itself, not configuration.
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { registerNodeServer } = await import("@/instrumentation-node");
    await registerNodeServer();
  }
}
