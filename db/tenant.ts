import { sql } from "drizzle-orm";
import type { Database } from "./client";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The non-owner role every application query runs as; it has no BYPASSRLS. */
export const APP_ROLE = "tessera_app";

interface Scope {
  tenantId?: string;
  userId?: string;
}

async function runScoped<T>(db: Database, scope: Scope, fn: (tx: Database) => Promise<T>): Promise<T> {
  for (const id of [scope.tenantId, scope.userId]) {
    if (id !== undefined && !UUID.test(id)) throw new Error("withTenant: not a uuid");
  }
  return db.transaction(async (tx) => {
    // One round trip: the role (PGlite connects as a superuser, which would bypass RLS — trap 1),
    // then the tenant and user the policies read. set_config(..., true) lasts for this transaction.
    await tx.execute(
      sql`select set_config('role', ${APP_ROLE}, true),
                 set_config('app.tenant_id', ${scope.tenantId ?? ""}, true),
                 set_config('app.user_id', ${scope.userId ?? ""}, true)`,
    );
    return fn(tx as unknown as Database);
  });
}

/**
 * The only door to tenant data: a transaction in which every query runs as the application role
 * and row-level security admits rows of `tenantId` only.
 */
export function withTenant<T>(
  db: Database,
  tenantId: string,
  fn: (tx: Database) => Promise<T>,
  options: { userId?: string } = {},
): Promise<T> {
  return runScoped(db, { tenantId, userId: options.userId }, fn);
}

/**
 * A transaction for one person outside any tenant: as the application role, it sees no tenant
 * data, only that person's own memberships and the tenants they belong to (sign-in, tenant switch).
 */
export function withUser<T>(db: Database, userId: string, fn: (tx: Database) => Promise<T>): Promise<T> {
  return runScoped(db, { userId }, fn);
}

/** Global identity tables (users, sessions, login attempts) as the application role, no tenant. */
export function withAppRole<T>(db: Database, fn: (tx: Database) => Promise<T>): Promise<T> {
  return runScoped(db, {}, fn);
}
