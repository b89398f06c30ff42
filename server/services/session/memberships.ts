import { and, asc, eq } from "drizzle-orm";
import type { Database } from "../../../db/client";
import { tenantMemberships, tenants, type Role } from "../../../db/schema";
import { withUser } from "../../../db/tenant";

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

/** The tenant a fresh session opens: the first staff membership by name, else a portal one. */
export function defaultMembership(memberships: Membership[]): Membership | null {
  return memberships.find((m) => m.role !== "client_user") ?? memberships[0] ?? null;
}
