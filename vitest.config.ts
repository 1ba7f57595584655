import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = fileURLToPath(new URL("./", import.meta.url));

export default defineConfig({
  resolve: {
    alias: [
      // `import "server-only"` throws outside a React Server Component bundle; tests get an empty module.
      {
        find: /^server-only$/,
        replacement: fileURLToPath(new URL("./tests/setup/server-only-stub.ts", import.meta.url)),
      },
      { find: /^@\//, replacement: root },
    ],
  },
  test: {
    environment: "node",
    include: [
      "lib/**/*.test.ts",
      "tests/unit/**/*.test.ts",
      "tests/integration/**/*.test.ts",
      "scripts/**/*.test.ts",
      "tests/architecture/**/*.test.ts",
    ],
    exclude: ["**/node_modules/**", "lib/generated/**", ".next/**"],
    pool: "forks",
    // globalSetup migrates ONE throw-away database (a SQLite file, or PostgreSQL with
    // TEST_DATABASE=postgresql) and puts its URL in process.env.DATABASE_URL, which the forked workers inherit. Test files run one at a time so integration tests never
    // see each other's rows or fight over SQLite's single writer lock; on 2 cores the lost
    // parallelism costs seconds. (Tests inside a file already run sequentially.)
    fileParallelism: false,
    globalSetup: ["tests/setup/database.ts"],
    // Generous for slow CI machines (Prisma client start-up, property-based tests).
    testTimeout: 20_000,
    hookTimeout: 30_000,
  },
});
