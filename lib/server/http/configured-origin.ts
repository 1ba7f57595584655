import "server-only";
import { type Env, env } from "@/lib/env";

/**
 * The origin when there is no request to read it from (auth's base URL, command-line scripts): PUBLIC_URL, else
 * this machine on its port.
 */
export function configuredOrigin(config: Pick<Env, "PUBLIC_URL" | "PORT"> = env): string {
  return config.PUBLIC_URL ?? `http://localhost:${config.PORT}`;
}
