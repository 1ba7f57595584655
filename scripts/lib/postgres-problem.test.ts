import { describe, expect, it } from "vitest";
import {
  classifyPostgresError,
  DEFAULT_TEST_POSTGRES_URL,
  describePostgresProblem,
  redactUrl,
  summarizePostgresProblem,
} from "@/scripts/lib/postgres-problem";

/** An error as node-postgres gives it: a message and a SQLSTATE or system error code. */
function pgError(message: string, code: string): Error {
  return Object.assign(new Error(message), { code });
}

describe("classifyPostgresError", () => {
  it("tells a server that does not answer from one that refuses the role", () => {
    expect(classifyPostgresError(pgError("connect ECONNREFUSED 127.0.0.1:5432", "ECONNREFUSED")).kind).toBe(
      "unreachable",
    );
    expect(classifyPostgresError(new Error("Connection terminated due to connection timeout")).kind).toBe(
      "unreachable",
    );
    // PostgreSQL says this both for a missing role and a wrong password.
    const refused = pgError('password authentication failed for user "klantkompas"', "28P01");
    expect(classifyPostgresError(refused)).toEqual({
      kind: "authentication",
      detail: 'password authentication failed for user "klantkompas"',
    });
    expect(classifyPostgresError(pgError('role "klantkompas" does not exist', "28000")).kind).toBe("authentication");
    expect(classifyPostgresError(pgError('database "postgres" does not exist', "3D000")).kind).toBe("database");
    expect(classifyPostgresError("something else").kind).toBe("other");
  });
});

describe("messages", () => {
  const url = DEFAULT_TEST_POSTGRES_URL;

  it("never print the password of the URL", () => {
    expect(redactUrl("postgresql://kompas:geheim@db.example:5432/postgres")).toBe(
      "postgresql://kompas:…@db.example:5432/postgres",
    );
    expect(redactUrl("postgresql://db.example/postgres")).toBe("postgresql://db.example/postgres");
    const custom = "postgresql://kompas:geheim@db.example:5432/postgres";
    const text = describePostgresProblem({ kind: "authentication", detail: "x" }, custom);
    expect(text).not.toContain("geheim");
    expect(text).toContain("CREATE ROLE kompas LOGIN CREATEDB");
  });

  it("say 'answers but refuses the role' with how to create it, not 'does not answer'", () => {
    const problem = classifyPostgresError(pgError('password authentication failed for user "klantkompas"', "28P01"));
    const text = describePostgresProblem(problem, url);
    expect(text).not.toMatch(/does not answer/);
    expect(text).toContain(
      'answers at postgresql://klantkompas:…@127.0.0.1:5432/postgres, but refuses the test role "klantkompas"',
    );
    expect(text).toContain(`sudo -u postgres psql -c "CREATE ROLE klantkompas LOGIN CREATEDB PASSWORD 'klantkompas'"`);
    expect(summarizePostgresProblem(problem, url)).toMatch(/answers at .* but refuses the test role "klantkompas"/);
  });

  it("say 'does not answer' with how to install and start it when nothing answers", () => {
    const problem = classifyPostgresError(pgError("connect ECONNREFUSED 127.0.0.1:5432", "ECONNREFUSED"));
    const text = describePostgresProblem(problem, url);
    expect(text).toMatch(/^PostgreSQL does not answer at .* \(connect ECONNREFUSED 127\.0\.0\.1:5432\)/);
    expect(text).toContain("apt-get install -y postgresql");
    expect(text).toContain("CREATE ROLE klantkompas");
    expect(summarizePostgresProblem(problem, url)).toBe(
      "PostgreSQL does not answer at postgresql://klantkompas:…@127.0.0.1:5432/postgres",
    );
  });

  it("say how to allow a role that may not create databases", () => {
    const text = describePostgresProblem({ kind: "createdb", detail: "no CREATEDB" }, url);
    expect(text).toContain('ALTER ROLE klantkompas CREATEDB"');
  });
});
