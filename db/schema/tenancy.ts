import { sql } from "drizzle-orm";
import { check, foreignKey, index, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { createdAt, idColumn, tenantColumn } from "./columns";
import { companies } from "./companies";
import type { Role } from "./values";

/** The registry of tenants (MSPs). Rows are visible to members only (RLS, see the rls migration). */
export const tenants = pgTable(
  "tenants",
  {
    tenantId: idColumn("tenant_id").primaryKey(),
    name: text("name").notNull(),
    slug: text("slug").notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("tenants_slug_key").on(t.slug)],
);

/**
 * Global identities. A person has one login and may belong to several tenants
 * (see tenant_memberships); the table is not tenant-owned, see docs/decisions/002.
 */
export const users = pgTable(
  "users",
  {
    userId: idColumn("user_id").primaryKey(),
    email: text("email").notNull(),
    name: text("name").notNull(),
    passwordHash: text("password_hash"),
    createdAt: createdAt(),
    disabledAt: timestamp("disabled_at", { withTimezone: true, mode: "date" }),
    /** The tenant the person last worked in: a new session opens there. */
    lastTenantId: uuid("last_tenant_id").references(() => tenants.tenantId, { onDelete: "set null" }),
  },
  (t) => [uniqueIndex("users_email_key").on(sql`lower(${t.email})`)],
);

export { roles, type Role } from "./values";

export const tenantMemberships = pgTable(
  "tenant_memberships",
  {
    tenant: tenantColumn().references(() => tenants.tenantId, { onDelete: "cascade" }),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.userId, { onDelete: "cascade" }),
    role: text("role").$type<Role>().notNull(),
    /** Set for client_user only: the one company a portal user may see. */
    companyId: uuid("company_id"),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.tenant, t.userId] }),
    index("tenant_memberships_user_idx").on(t.userId),
    foreignKey({ columns: [t.tenant, t.companyId], foreignColumns: [companies.tenant, companies.companyId] }),
    check("tenant_memberships_role_check", sql`${t.role} in ('admin', 'technician', 'viewer', 'client_user')`),
    check(
      "tenant_memberships_client_company_check",
      sql`(${t.role} = 'client_user') = (${t.companyId} is not null)`,
    ),
  ],
);
