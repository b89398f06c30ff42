import { defineConfig } from "drizzle-kit";

// drizzle-kit only generates SQL from db/schema; it never connects. Migrations are applied by
// db/migrate.ts (one migrator for PGlite and Postgres), so no credentials are needed here.
export default defineConfig({
  dialect: "postgresql",
  schema: "./db/schema/index.ts",
  out: "./db/migrations",
  strict: true,
});
