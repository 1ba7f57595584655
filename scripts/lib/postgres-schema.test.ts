import { describe, expect, it } from "vitest";
import { dataStatements, postgresSchemaText } from "@/scripts/lib/postgres-schema";

const schema = `generator client {
  provider   = "prisma-client"
  output     = "../lib/generated/prisma"
  engineType = "client"
}

datasource db {
  provider = "sqlite"
  url      = env("DATABASE_URL")
}

model A {
  id String @id
}
`;

describe("postgresSchemaText", () => {
  it("switches the provider and the client output, keeping the models, under a do-not-edit header", () => {
    const text = postgresSchemaText(schema);
    expect(text.split("\n")[0]).toMatch(/^\/\/ GENERATED from prisma\/schema\.prisma/);
    expect(text).toContain('provider = "postgresql"');
    expect(text).toContain('output     = "../../lib/generated/prisma-postgres"');
    expect(text).not.toContain('"sqlite"');
    expect(text).toContain("model A {\n  id String @id\n}");
  });
  it("refuses a schema whose provider or output it does not recognise", () => {
    expect(() => postgresSchemaText(schema.replace('"sqlite"', '"mysql"'))).toThrow(/provider/);
    expect(() => postgresSchemaText(schema.replace("../lib/generated/prisma", "../elsewhere"))).toThrow(/output/);
  });
});

describe("dataStatements", () => {
  it("finds UPDATE, INSERT and DELETE, but not the copy step of a RedefineTables", () => {
    const sql = `-- RedefineTables
CREATE TABLE "new_Client" ("id" TEXT NOT NULL PRIMARY KEY);
INSERT INTO "new_Client" ("id") SELECT "id" FROM "Client";
DROP TABLE "Client";
-- Backfill
UPDATE "Client" SET "nameKey" = lower("name") WHERE "nameKey" = '';
DELETE FROM "Session" WHERE "expiresAt" < CURRENT_TIMESTAMP;
insert into "Workspace" ("id") values ('w');
`;
    expect(dataStatements(sql)).toEqual([
      `UPDATE "Client" SET "nameKey" = lower("name") WHERE "nameKey" = '';`,
      `DELETE FROM "Session" WHERE "expiresAt" < CURRENT_TIMESTAMP;`,
      `insert into "Workspace" ("id") values ('w');`,
    ]);
  });
  it("finds nothing in a schema-only migration", () => {
    expect(dataStatements('CREATE INDEX "i" ON "A"("id");\n-- UPDATE in a comment\n')).toEqual([]);
  });
});
