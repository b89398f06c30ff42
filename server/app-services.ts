import type { Database, DatabaseHandle } from "../db/client";
import { migrationStatus } from "../db/migrate";
import { createSessionManager, type SessionManager } from "./auth/session";
import type { AppConfig } from "./config";
import type { Logger } from "./logger";

/**
 * The long-lived parts of a running app, made once by the start script and handed to every
 * request through Remix's load context (so the built server bundle and the start script share
 * one database connection — two PGlite instances on one directory would lose writes).
 */
export interface AppServices {
  config: AppConfig;
  log: Logger;
  db: Database;
  database: DatabaseHandle;
  sessions: SessionManager;
  health(): Promise<{ ok: boolean; database: boolean; migrations: { current: boolean; applied: number; expected: number } | null }>;
}

export function createAppServices(config: AppConfig, database: DatabaseHandle, log: Logger): AppServices {
  return {
    config,
    log,
    db: database.db,
    database,
    sessions: createSessionManager(database.db, { ttlDays: config.SESSION_TTL_DAYS }),
    async health() {
      try {
        const migrations = await migrationStatus(database);
        return { ok: migrations.current, database: true, migrations };
      } catch (error) {
        log.error("health check failed", { error });
        return { ok: false, database: false, migrations: null };
      }
    },
  };
}
