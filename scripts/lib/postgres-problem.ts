/**
 * Why the test PostgreSQL (TEST_POSTGRES_URL) cannot be used, told apart by what the server said: nothing at
 * all (not running, wrong host or port), or an answer that refuses the test role. Pure, so it is unit-tested.
 */

export type PostgresProblemKind =
  /** Nothing answers: not installed, not started, or another host or port. */
  | "unreachable"
  /** The server answers but refuses the sign-in: the role is missing or has another password (PostgreSQL says
   * "password authentication failed" for both, on purpose), or pg_hba.conf lets it not in. */
  | "authentication"
  /** Signed in, but the database of the URL does not exist. */
  | "database"
  /** Signed in, but the role may not create databases (every test run makes a throw-away one). */
  | "createdb"
  | "other";

export interface PostgresProblem {
  kind: PostgresProblemKind;
  /** PostgreSQL's or the driver's own words. */
  detail: string;
}

const UNREACHABLE_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "ENOTFOUND",
  "EAI_AGAIN",
]);

/** Classifies an error from connecting (node-postgres) by its SQLSTATE or system error code. */
export function classifyPostgresError(error: unknown): PostgresProblem {
  const detail = error instanceof Error ? error.message || String(error) : String(error);
  const code = typeof error === "object" && error !== null && "code" in error ? String(error.code) : "";
  if (code === "28P01" || code === "28000") return { kind: "authentication", detail };
  if (code === "3D000") return { kind: "database", detail };
  if (UNREACHABLE_CODES.has(code) || /timeout|terminated unexpectedly/i.test(detail)) {
    return { kind: "unreachable", detail };
  }
  return { kind: "other", detail };
}

/** The URL without its password, for messages. */
export function redactUrl(url: string): string {
  return url.replace(/\/\/([^@/:]*)(:[^@/]*)?@/, (_match, user: string) => `//${user}${user ? ":…" : "…"}@`);
}

// What .ci/run creates: a role that may create databases. TEST_POSTGRES_URL points elsewhere.
export const DEFAULT_TEST_POSTGRES_URL = "postgresql://klantkompas:klantkompas@127.0.0.1:5432/postgres";

function roleOf(url: string): string {
  try {
    return decodeURIComponent(new URL(url).username) || "klantkompas";
  } catch {
    return "klantkompas";
  }
}

const INSTALL_AND_START =
  "Install and start PostgreSQL: `sudo apt-get install -y postgresql`, then " +
  "`sudo pg_ctlcluster --skip-systemctl-redirect 15 main start` (with your version for 15).";

/** The command that creates the URL's role; the password is spelled out only for the default URL. */
function createRole(url: string): string {
  const role = roleOf(url);
  const password = url === DEFAULT_TEST_POSTGRES_URL ? "klantkompas" : "the password of TEST_POSTGRES_URL";
  return (
    `Create the test role: sudo -u postgres psql -c "CREATE ROLE ${role} LOGIN CREATEDB PASSWORD '${password}'" ` +
    `(when it exists with another password: ALTER ROLE ${role} PASSWORD '${password}').`
  );
}

const OR_ELSEWHERE = "Or set TEST_POSTGRES_URL to a role that may create databases. .ci/run does all of this itself.";

/** One short clause for the note above the final summary line, e.g. 'PostgreSQL does not answer at …'. */
export function summarizePostgresProblem(problem: PostgresProblem, url: string): string {
  const where = redactUrl(url);
  switch (problem.kind) {
    case "unreachable":
      return `PostgreSQL does not answer at ${where}`;
    case "authentication":
      return `PostgreSQL answers at ${where} but refuses the test role "${roleOf(url)}" (missing, or another password)`;
    case "database":
      return `PostgreSQL answers at ${where} but its database is missing`;
    case "createdb":
      return `the test role "${roleOf(url)}" may not create databases`;
    default:
      return `PostgreSQL at ${where} cannot be used (${problem.detail})`;
  }
}

/** One paragraph: what is wrong, in PostgreSQL's words, and what to run. */
export function describePostgresProblem(problem: PostgresProblem, url: string): string {
  const where = redactUrl(url);
  const role = roleOf(url);
  switch (problem.kind) {
    case "unreachable":
      return `PostgreSQL does not answer at ${where} (${problem.detail}).\n${INSTALL_AND_START}\n${createRole(url)}\n${OR_ELSEWHERE}`;
    case "authentication":
      return (
        `PostgreSQL answers at ${where}, but refuses the test role "${role}" (${problem.detail}): the role is ` +
        `missing or has another password.\n${createRole(url)}\n${OR_ELSEWHERE}`
      );
    case "database":
      return (
        `PostgreSQL answers at ${where} and accepts the role "${role}", but the database of the URL is missing ` +
        `(${problem.detail}). Point TEST_POSTGRES_URL at an existing database, such as /postgres.`
      );
    case "createdb":
      return (
        `PostgreSQL answers at ${where} and accepts the role "${role}", but the role may not create databases, ` +
        `which every test run does. Allow it: sudo -u postgres psql -c "ALTER ROLE ${role} CREATEDB"\n${OR_ELSEWHERE}`
      );
    default:
      return `PostgreSQL at ${where} cannot be used for the tests (${problem.detail}).\n${OR_ELSEWHERE}`;
  }
}
