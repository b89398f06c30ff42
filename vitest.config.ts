import path from "node:path";
import { defineConfig } from "vitest/config";

// Database suites run against PGlite always, and also against a Postgres server when
// TEST_DATABASE_URL is set. e2e specs belong to Playwright, not Vitest.
const shared = {
  include: ["app/**/*.test.ts", "server/**/*.test.ts", "db/**/*.test.ts", "scripts/**/*.test.ts", "test/**/*.test.ts"],
  testTimeout: 30_000,
  hookTimeout: 60_000,
};

export default defineConfig({
  resolve: { alias: { "~": path.resolve(__dirname, "app") } },
  test: {
    projects: [
      { extends: true, test: { ...shared, name: "pglite", globalSetup: ["test/setup/pglite-template.ts"] } },
      ...(process.env.TEST_DATABASE_URL
        ? [{ extends: true as const, test: { ...shared, name: "postgres", globalSetup: ["test/setup/postgres-migrate.ts"] } }]
        : []),
    ],
  },
});
