import { describe, expect, it } from "vitest";
import {
  DEFAULT_DATABASE_URL,
  databaseProvider,
  prismaPaths,
  readDatabaseSettings,
  resolveDatabaseUrl,
} from "@/lib/server/db/database-url";

describe("resolveDatabaseUrl", () => {
  it("defaults to the SQLite file in ./data, made absolute", () => {
    expect(resolveDatabaseUrl(undefined, "/srv/app")).toBe("file:/srv/app/data/klantkompas.db");
    expect(resolveDatabaseUrl("  ", "/srv/app")).toBe(`file:/srv/app/${DEFAULT_DATABASE_URL.slice("file:./".length)}`);
  });
  it("keeps absolute SQLite paths and PostgreSQL URLs as given", () => {
    expect(resolveDatabaseUrl("file:/var/lib/k.db", "/srv")).toBe("file:/var/lib/k.db");
    expect(resolveDatabaseUrl(" postgresql://u:p@db/k ", "/srv")).toBe("postgresql://u:p@db/k");
  });
});

describe("databaseProvider", () => {
  it("reads file: as SQLite and postgres:// or postgresql:// as PostgreSQL", () => {
    expect(databaseProvider("file:/x.db")).toBe("sqlite");
    expect(databaseProvider("postgresql://db/k")).toBe("postgresql");
    expect(databaseProvider("postgres://db/k")).toBe("postgresql");
  });
  it("refuses anything else without echoing the rest of the URL", () => {
    expect(() => databaseProvider("mysql://root:secret@db/k")).toThrow(/DATABASE_URL must be/);
    expect(() => databaseProvider("mysql://root:secret@db/k")).not.toThrow(/secret/);
  });
});

describe("prismaPaths", () => {
  it("uses prisma/ for SQLite and the generated prisma/postgres/ for PostgreSQL", () => {
    expect(prismaPaths("sqlite")).toEqual({ schema: "prisma/schema.prisma", migrations: "prisma/migrations" });
    expect(prismaPaths("postgresql")).toEqual({
      schema: "prisma/postgres/schema.prisma",
      migrations: "prisma/postgres/migrations",
    });
  });
});

describe("readDatabaseSettings", () => {
  it("has defaults for every setting", () => {
    expect(readDatabaseSettings({}, "/srv")).toEqual({
      url: "file:/srv/data/klantkompas.db",
      provider: "sqlite",
      poolSize: 10,
      connectTimeoutMs: 10_000,
      idleTimeoutMs: 30_000,
      statementTimeoutMs: 0,
      busyTimeoutMs: 5_000,
      sqliteSynchronous: "FULL",
    });
  });
  it("reads each variable", () => {
    const settings = readDatabaseSettings(
      {
        DATABASE_URL: "postgresql://db/k",
        DATABASE_POOL_SIZE: "25",
        DATABASE_CONNECT_TIMEOUT_MS: "2000",
        DATABASE_IDLE_TIMEOUT_MS: "0",
        DATABASE_STATEMENT_TIMEOUT_MS: "15000",
        DATABASE_BUSY_TIMEOUT_MS: "100",
        SQLITE_SYNCHRONOUS: "normal",
      },
      "/srv",
    );
    expect(settings).toMatchObject({
      provider: "postgresql",
      poolSize: 25,
      connectTimeoutMs: 2000,
      idleTimeoutMs: 0,
      statementTimeoutMs: 15_000,
      busyTimeoutMs: 100,
      sqliteSynchronous: "NORMAL",
    });
  });
  it.each([
    ["DATABASE_POOL_SIZE", "0"],
    ["DATABASE_POOL_SIZE", "ten"],
    ["DATABASE_CONNECT_TIMEOUT_MS", "-1"],
    ["DATABASE_STATEMENT_TIMEOUT_MS", "1.5"],
    ["SQLITE_SYNCHRONOUS", "OFF"],
  ])("refuses %s=%s, naming the variable", (name, value) => {
    expect(() => readDatabaseSettings({ [name]: value })).toThrow(name);
  });
});
