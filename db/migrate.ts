import { sql } from "drizzle-orm";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import type { PgliteDatabase } from "drizzle-orm/pglite";
import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import type { PostgresJsDatabase } from "drizzle-orm/postgres-js";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { DatabaseHandle, Schema } from "./client";
import { queryRows } from "./rows";

export const migrationsFolder = path.join(path.dirname(fileURLToPath(import.meta.url)), "migrations");

/** An arbitrary constant: the advisory lock key under which one process at a time migrates. */
const MIGRATION_LOCK_KEY = 7_301_1964;

/**
 * Applies pending migrations. On Postgres, several instances may start at once: a session-level
 * advisory lock on a reserved connection makes the others wait, then find nothing to do.
 * On PGlite the data-directory lock (db/client.ts) already guarantees a single process.
 */
export async function migrateDatabase(handle: DatabaseHandle): Promise<void> {
  if (handle.driver === "pglite") {
    await migratePglite(handle.db as unknown as PgliteDatabase<Schema>, { migrationsFolder });
    return;
  }
  const client = handle.sql;
  if (!client) throw new Error("postgres handle without a client");
  const reserved = await client.reserve();
  try {
    await reserved`select pg_advisory_lock(${MIGRATION_LOCK_KEY})`;
    await migratePostgres(handle.db as unknown as PostgresJsDatabase<Schema>, { migrationsFolder });
  } finally {
    await reserved`select pg_advisory_unlock(${MIGRATION_LOCK_KEY})`.catch(() => undefined);
    reserved.release();
  }
}

interface JournalEntry {
  tag: string;
  when: number;
}

function journalEntries(): JournalEntry[] {
  const journal = JSON.parse(fs.readFileSync(path.join(migrationsFolder, "meta", "_journal.json"), "utf8")) as {
    entries: JournalEntry[];
  };
  return journal.entries;
}

export interface MigrationStatus {
  current: boolean;
  applied: number;
  expected: number;
}

/** Compares the migrations this build ships with those the database has applied (for /healthz). */
export async function migrationStatus(handle: DatabaseHandle): Promise<MigrationStatus> {
  const expected = journalEntries();
  const rows = await queryRows<{ created_at: string }>(
    handle.db,
    sql`select created_at from drizzle.__drizzle_migrations order by created_at`,
  );
  const applied = new Set(rows.map((r) => Number(r.created_at)));
  const missing = expected.filter((e) => !applied.has(e.when));
  return { current: missing.length === 0, applied: applied.size, expected: expected.length };
}
