import fs from "node:fs/promises";
import { afterAll, beforeAll, inject } from "vitest";
import { createPglite, openDatabase, type DatabaseHandle } from "../db/client";
import "./setup/target";

/** A database for one test file: a fresh copy of the migrated PGlite template, or the Postgres test database. */
export async function openTestDatabase(): Promise<DatabaseHandle> {
  const target = inject("testDatabase");
  if (target.driver === "postgres") return openDatabase({ databaseUrl: target.url, maxConnections: 4 });
  const dump = await fs.readFile(target.templatePath);
  return openDatabase({ pglite: await createPglite(undefined, new Blob([dump])) });
}

/** Opens the test database before the file's tests and closes it after; read `.current` inside tests. */
export function useTestDatabase() {
  const holder = {} as { current: DatabaseHandle };
  beforeAll(async () => {
    holder.current = await openTestDatabase();
  });
  afterAll(async () => {
    await holder.current?.close();
  });
  return holder;
}
