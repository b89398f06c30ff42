import type { TestProject } from "vitest/node";
import { openDatabase } from "../../db/client";
import { migrateDatabase } from "../../db/migrate";
import "./target";

/** Migrates the Postgres test database once per run; each test makes its own tenants in it. */
export default async function setup(project: TestProject) {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) throw new Error("TEST_DATABASE_URL is not set");
  const handle = await openDatabase({ databaseUrl: url, maxConnections: 2 });
  await migrateDatabase(handle);
  await handle.close();
  project.provide("testDatabase", { driver: "postgres", url });
}
