import { createServer } from "node:net";

/** Asks the OS for a free TCP port on `host`. (Another process could grab it before we use it; unlikely.) */
export function findFreePort(host = "127.0.0.1"): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, host, () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => (port > 0 ? resolvePort(port) : reject(new Error("No free port found"))));
    });
  });
}
