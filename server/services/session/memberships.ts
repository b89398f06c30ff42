import { and, asc, eq } from "drizzle-orm";
import type { Database } from "../../../db/client";
import { tenantMemberships, tenants, users, type Role } from "../../../db/schema";
import { withAppRole, withUser } from "../../../db/tenant";

export interface Membership {
  tenantId: string;
  tenantName: string;
  tenantSlug: string;
  role: Role;
  companyId: string | null;
}

const columns = {
  tenantId: tenants.tenantId,
  tenantName: tenants.name,
  tenantSlug: tenants.slug,
  role: tenantMemberships.role,
  companyId: tenantMemberships.companyId,
};

/** Every tenant a person belongs to (RLS lets a user read their own memberships, nothing more). */
export function listMemberships(db: Database, userId: string): Promise<Membership[]> {
  return withUser(db, userId, (tx) =>
    tx
      .select(columns)
      .from(tenantMemberships)
      .innerJoin(tenants, eq(tenants.tenantId, tenantMemberships.tenant))
      .where(eq(tenantMemberships.userId, userId))
      .orderBy(asc(tenants.name)),
  );
}

export async function findMembership(db: Database, userId: string, tenantId: string): Promise<Membership | null> {
  const rows = await withUser(db, userId, (tx) =>
    tx
      .select(columns)
      .from(tenantMemberships)
      .innerJoin(tenants, eq(tenants.tenantId, tenantMemberships.tenant))
      .where(and(eq(tenantMemberships.userId, userId), eq(tenantMemberships.tenant, tenantId))),
  );
  return rows[0] ?? null;
}

/**
 * The tenant a fresh session opens: the one the person last worked in when they still belong to
 * it, else the first staff membership by name, else a portal one.
 */
export function defaultMembership(memberships: Membership[], lastTenantId?: string | null): Membership | null {
  return (
    memberships.find((m) => m.tenantId === lastTenantId) ??
    memberships.find((m) => m.role !== "client_user") ??
    memberships[0] ??
    null
  );
}

/** Remembers the tenant a person works in, for their next sign-in. */
export async function rememberTenant(db: Database, userId: string, tenantId: string): Promise<void> {
  await withAppRole(db, (tx) => tx.update(users).set({ lastTenantId: tenantId }).where(eq(users.userId, userId)));
}
