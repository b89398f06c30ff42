import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import fs from "node:fs";
import path from "node:path";
import postgres from "postgres";
import { acquireDataDirLock } from "./data-dir-lock";
import * as schema from "./schema";

export type Schema = typeof schema;
/** The one database type services see: a Drizzle database or a transaction on either driver. */
export type Database = PgDatabase<PgQueryResultHKT, Schema>;
export type DriverName = "pglite" | "postgres";

export interface DatabaseHandle {
  db: Database;
  driver: DriverName;
  /** The raw PGlite instance (embedded mode) or postgres.js client (server mode). */
  pglite?: PGlite;
  sql?: postgres.Sql;
  close(): Promise<void>;
}

export type OpenOptions =
  | { databaseUrl: string; maxConnections?: number }
  | { dataDir: string }
  | { pglite: PGlite };

/** PGlite with the extensions our migrations create (pg_trgm must be passed at creation, trap 4). */
export function createPglite(dataDir?: string, loadDataDir?: Blob): Promise<PGlite> {
  return PGlite.create({ dataDir, loadDataDir, extensions: { pg_trgm } });
}

export async function openDatabase(options: OpenOptions): Promise<DatabaseHandle> {
  if ("databaseUrl" in options) {
    // prepare: false — server-side prepared statements switch to generic plans after five runs,
    // which turns rare-term searches from milliseconds into seconds (STACK.md).
    const client = postgres(options.databaseUrl, {
      prepare: false,
      idle_timeout: 20,
      max: options.maxConnections ?? 10,
      onnotice: () => {},
    });
    const db = drizzlePostgres(client, { schema }) as unknown as Database;
    return { db, driver: "postgres", sql: client, close: () => client.end({ timeout: 5 }) };
  }
  if ("pglite" in options) {
    const db = drizzlePglite(options.pglite, { schema }) as unknown as Database;
    return { db, driver: "pglite", pglite: options.pglite, close: () => options.pglite.close() };
  }
  const dbDir = path.join(options.dataDir, "pgdata");
  fs.mkdirSync(options.dataDir, { recursive: true });
  // Two processes on one PGlite directory both "succeed" and one side's writes are lost (trap 6).
  const lock = acquireDataDirLock(options.dataDir);
  try {
    const pglite = await createPglite(dbDir);
    const db = drizzlePglite(pglite, { schema }) as unknown as Database;
    return {
      db,
      driver: "pglite",
      pglite,
      close: async () => {
        await pglite.close();
        lock.release();
      },
    };
  } catch (error) {
    lock.release();
    throw error;
  }
}

/**
 * Refreshes planner statistics. A Postgres server's autovacuum does this by itself; PGlite has no
 * background workers, so without it plans are made for empty tables (a sort of the whole tenant
 * instead of walking the ordered index). Run after migrations, seeding and bulk loads.
 */
export async function analyzeDatabase(handle: DatabaseHandle): Promise<void> {
  if (handle.pglite) await handle.pglite.exec("analyze");
  else await handle.sql?.unsafe("analyze");
}

/**
 * What autovacuum would do at start-up: ANALYZE only the tables that changed by more than a tenth
 * since their last analysis (or were never analysed), so a large embedded database opens quickly.
 */
export async function analyzeStaleTables(handle: DatabaseHandle): Promise<string[]> {
  const stale = `select relname from pg_stat_user_tables
                  where schemaname = 'public' and n_live_tup + n_mod_since_analyze > 0
                    and (coalesce(last_analyze, last_autoanalyze) is null or n_mod_since_analyze > 50 + n_live_tup / 10)`;
  const rows = handle.pglite
    ? (await handle.pglite.query<{ relname: string }>(stale)).rows
    : ((await handle.sql?.unsafe(stale)) as unknown as { relname: string }[] | undefined) ?? [];
  const tables = rows.map((r) => r.relname);
  if (tables.length) {
    const list = tables.map((t) => `"${t.replace(/"/g, '""')}"`).join(", ");
    if (handle.pglite) await handle.pglite.exec(`analyze ${list}`);
    else await handle.sql?.unsafe(`analyze ${list}`);
  }
  return tables;
}
