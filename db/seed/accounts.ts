import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import type { Database } from "../client";
import { companies, contacts, locations, tenantMemberships, tenants, users, type Role } from "../schema";
import { withAppRole, withTenant } from "../tenant";
import type { DemoCompany } from "./demo-data";

// Building blocks shared by the demo seed and the test factories (test/factories.ts).

/**
 * Creating a tenant is an operator task: it runs as the connection's owner role, outside RLS,
 * which is why it carries the unsafe prefix. Only seeding, tests and admin scripts call it.
 */
export async function unsafeCreateTenant(db: Database, values: { name: string; slug: string }) {
  const [row] = await db.insert(tenants).values(values).returning();
  return row;
}

export async function findTenantBySlug(db: Database, slug: string) {
  const [row] = await db.select().from(tenants).where(eq(tenants.slug, slug));
  return row ?? null;
}

export async function createUserAccount(db: Database, values: { email: string; name: string; passwordHash: string | null }) {
  const [row] = await withAppRole(db, (tx) =>
    tx
      .insert(users)
      .values({ ...values, email: values.email.toLowerCase() })
      .returning(),
  );
  return row;
}

export async function addMembership(
  db: Database,
  tenantId: string,
  userId: string,
  role: Role,
  companyId: string | null = null,
) {
  await withTenant(db, tenantId, (tx) => tx.insert(tenantMemberships).values({ tenant: tenantId, userId, role, companyId }));
}

/** Inserts companies with their location trees and contacts: three multi-row inserts in all. */
export async function insertCompanies(db: Database, tenantId: string, list: DemoCompany[]) {
  const companyRows: (typeof companies.$inferInsert)[] = [];
  const locationRows: (typeof locations.$inferInsert)[] = [];
  const contactRows: (typeof contacts.$inferInsert)[] = [];
  for (const company of list) {
    const companyId = randomUUID();
    const { locations: locs, contacts: people, ...fields } = company;
    companyRows.push({ ...fields, tenant: tenantId, companyId });
    const ids = new Map(locs.map((l) => [l.key, randomUUID()]));
    for (const { key, parentKey, ...loc } of locs) {
      locationRows.push({
        ...loc,
        tenant: tenantId,
        companyId,
        locationId: ids.get(key),
        parentLocationId: parentKey ? ids.get(parentKey) : null,
      });
    }
    for (const { locationKey, ...person } of people) {
      contactRows.push({ ...person, tenant: tenantId, companyId, locationId: locationKey ? ids.get(locationKey) : null });
    }
  }
  return withTenant(db, tenantId, async (tx) => {
    const inserted = companyRows.length ? await tx.insert(companies).values(companyRows).returning() : [];
    // Parents reference rows of the same statement: foreign keys are checked at its end.
    if (locationRows.length) await tx.insert(locations).values(locationRows);
    if (contactRows.length) await tx.insert(contacts).values(contactRows);
    return inserted;
  });
}
