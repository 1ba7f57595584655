import { z } from "zod";
import { MIN_PEERS_FLOOR } from "@/lib/benchmark/min-peers";

/**
 * The one place that reads process.env (as create-t3-app does): every variable the app uses, validated
 * with zod once, so a bad value stops the server at start-up (instrumentation.ts) with a message that
 * names it, instead of failing on some later request. Empty strings count as unset.
 */

export const AUTH_SECRET_MIN_LENGTH = 32;

/** Which forwarding headers to believe (X-Forwarded-For / -Host / -Proto). */
export type TrustProxy =
  | { mode: "off" }
  | { mode: "hops"; hops: number }
  | { mode: "addresses"; addresses: readonly string[] };

const blankToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blankToUndefined, schema.optional());

const ipSchema = z.union([z.ipv4(), z.ipv6()]);

const trustProxySchema = z
  .string()
  .trim()
  .transform((value, context): TrustProxy => {
    const lower = value.toLowerCase();
    if (lower === "false" || lower === "off" || lower === "0") return { mode: "off" };
    if (lower === "true") {
      context.addIssue({
        code: "custom",
        message: "say how many proxies are in front (e.g. 1) or list their addresses, not true",
      });
      return z.NEVER;
    }
    if (/^\d+$/.test(value)) {
      const hops = Number(value);
      if (hops > 10) context.addIssue({ code: "custom", message: "at most 10 proxies" });
      return { mode: "hops", hops };
    }
    const addresses = value
      .split(",")
      .map((a) => a.trim())
      .filter((a) => a !== "");
    const bad = addresses.filter((a) => !ipSchema.safeParse(a).success);
    if (bad.length > 0) {
      context.addIssue({
        code: "custom",
        message: `not a number of proxies nor a list of IP addresses: ${bad.join(", ")}`,
      });
      return z.NEVER;
    }
    return { mode: "addresses", addresses };
  });

const publicUrlSchema = z
  .url({ protocol: /^https?$/, error: "must be an http:// or https:// URL, e.g. https://kompas.example.nl" })
  .transform((value) => value.replace(/\/+$/, ""));

// smtp://user:pass@host:587 (STARTTLS when the server offers it) or smtps://…:465 (TLS from the start).
const smtpUrlSchema = z.url({
  protocol: /^smtps?$/,
  error: "must be an smtp:// or smtps:// URL, e.g. smtps://user:password@smtp.example.nl:465",
});

// A plain address or a display name with one: "Klantkompas <noreply@kompas.example.nl>".
const mailFromSchema = z
  .string()
  .trim()
  .refine(
    (value) => {
      if (/[\r\n]/.test(value)) return false;
      const match = /^(?:[^<>]*<([^<>\s]+)>|([^<>\s]+))$/.exec(value);
      const address = match?.[1] ?? match?.[2];
      return address !== undefined && z.email().safeParse(address).success;
    },
    { error: 'must be an e-mail address, optionally with a name: "Klantkompas <noreply@kompas.example.nl>"' },
  );

const envSchema = z
  .object({
    NODE_ENV: z.preprocess(blankToUndefined, z.enum(["development", "production", "test"]).default("development")),
    DATABASE_URL: optional(z.string().trim()),
    PORT: z.preprocess(blankToUndefined, z.coerce.number().int().min(1).max(65535).default(3000)),
    // The address `npm start` listens on (scripts/start.ts passes it to `next start -H`); unset: every interface.
    HOST: optional(
      z
        .string()
        .trim()
        .refine((value) => ipSchema.safeParse(value).success || z.hostname().safeParse(value).success, {
          error: "must be an IP address or a host name, e.g. 127.0.0.1",
        }),
    ),
    PUBLIC_URL: optional(publicUrlSchema),
    BETTER_AUTH_SECRET: optional(
      z.string().min(AUTH_SECRET_MIN_LENGTH, `must be at least ${AUTH_SECRET_MIN_LENGTH} characters long`),
    ),
    TRUST_PROXY: z
      .preprocess(blankToUndefined, trustProxySchema.optional())
      .transform((value): TrustProxy => value ?? { mode: "off" }),
    NEXT_PHASE: optional(z.string()),
    // Outgoing mail (lib/mail): off unless SMTP_URL is set; MAIL_FROM is then required.
    SMTP_URL: optional(smtpUrlSchema),
    MAIL_FROM: optional(mailFromSchema),
    // Invitation and reminder mail per UTC day (lib/server/mail/mail-quota.ts, docs/security.md): per workspace and per
    // network (IPv4 address, IPv6 /64).
    MAIL_DAILY_CAP_WORKSPACE: z.preprocess(
      blankToUndefined,
      z.coerce.number().int("must be a whole number").min(0).max(1_000_000).default(500),
    ),
    MAIL_DAILY_CAP_NETWORK: z.preprocess(
      blankToUndefined,
      z.coerce.number().int("must be a whole number").min(0).max(1_000_000).default(1000),
    ),
    // Smallest group of peer organisations a benchmark shows (docs/benchmarks-peers.md): never below 5.
    BENCHMARK_MIN_PEERS: z.preprocess(
      blankToUndefined,
      z.coerce
        .number()
        .int("must be a whole number")
        .min(
          MIN_PEERS_FLOOR,
          `must be at least ${MIN_PEERS_FLOOR}: a smaller group could reveal one organisation's scores`,
        )
        .max(1000)
        .default(MIN_PEERS_FLOOR),
    ),
  })
  .superRefine((env, context) => {
    // A generated secret in a file only works for one server on one machine; a shared database means
    // several servers, which must all sign cookies with the same secret. (Not checked while building.)
    const localFile = env.DATABASE_URL === undefined || env.DATABASE_URL.startsWith("file:");
    if (!localFile && !env.BETTER_AUTH_SECRET && env.NEXT_PHASE !== "phase-production-build") {
      context.addIssue({
        code: "custom",
        path: ["BETTER_AUTH_SECRET"],
        message: `is required when DATABASE_URL is not a local SQLite file: set the same random value of ${AUTH_SECRET_MIN_LENGTH}+ characters on every app server (e.g. openssl rand -base64 48)`,
      });
    }
    // Mail links must never take their host from a request (a forged Host would put an attacker's site in a
    // genuine reset or invitation mail), and the background sender has no request at all.
    if (env.SMTP_URL && !env.PUBLIC_URL && env.NEXT_PHASE !== "phase-production-build") {
      context.addIssue({
        code: "custom",
        path: ["PUBLIC_URL"],
        message: "is required when SMTP_URL is set: the links in mail use it, e.g. https://kompas.example.nl",
      });
    }
    if (env.SMTP_URL && !env.MAIL_FROM) {
      context.addIssue({
        code: "custom",
        path: ["MAIL_FROM"],
        message: 'is required when SMTP_URL is set: the sender address, e.g. "Klantkompas <noreply@kompas.example.nl>"',
      });
    }
  });

export type Env = z.infer<typeof envSchema>;

export class EnvError extends Error {
  override name = "EnvError";
}

/** Validates an environment; throws an EnvError naming every bad variable. */
export function parseEnv(raw: Readonly<Record<string, string | undefined>>): Env {
  const parsed = envSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const lines = parsed.error.issues.map((issue) => `  ${issue.path.join(".") || "(environment)"}: ${issue.message}`);
  throw new EnvError(`Invalid environment variables:\n${lines.join("\n")}`);
}

export const env: Env = parseEnv(process.env);
