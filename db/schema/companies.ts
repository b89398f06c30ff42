import { sql } from "drizzle-orm";
import { boolean, check, foreignKey, index, pgTable, primaryKey, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { tenants } from "./tenancy";
import type { LocationKind } from "./values";
import { archivedAt, createdAt, idColumn, tenantColumn, updatedAt } from "./columns";

/** Client companies of an MSP. */
export const companies = pgTable(
  "companies",
  {
    tenant: tenantColumn().references(() => tenants.tenantId, { onDelete: "cascade" }),
    companyId: idColumn("company_id"),
    name: text("name").notNull(),
    /** Short client code technicians use in tickets and asset tags, e.g. "ACME". */
    code: text("code"),
    domain: text("domain"),
    phone: text("phone"),
    website: text("website"),
    notes: text("notes"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    archivedAt: archivedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.tenant, t.companyId] }),
    // Names are unique per tenant: imports and RMM syncs match companies by name.
    uniqueIndex("companies_name_key").on(t.tenant, sql`lower(${t.name})`),
    uniqueIndex("companies_code_key").on(t.tenant, sql`lower(${t.code})`),
    // Keyset paging of the list: (name, id) within the tenant.
    index("companies_list_idx").on(t.tenant, sql`lower(${t.name})`, t.companyId),
  ],
);

export { locationKinds, type LocationKind } from "./values";

/** Locations form a tree per company (site → building → floor → room → rack). */
export const locations = pgTable(
  "locations",
  {
    tenant: tenantColumn(),
    locationId: idColumn("location_id"),
    companyId: uuid("company_id").notNull(),
    parentLocationId: uuid("parent_location_id"),
    name: text("name").notNull(),
    kind: text("kind").$type<LocationKind>().notNull().default("site"),
    addressLine1: text("address_line1"),
    addressLine2: text("address_line2"),
    city: text("city"),
    region: text("region"),
    postalCode: text("postal_code"),
    country: text("country"),
    notes: text("notes"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.tenant, t.locationId] }),
    foreignKey({ columns: [t.tenant, t.companyId], foreignColumns: [companies.tenant, companies.companyId] }).onDelete(
      "cascade",
    ),
    foreignKey({ columns: [t.tenant, t.parentLocationId], foreignColumns: [t.tenant, t.locationId] }),
    index("locations_company_idx").on(t.tenant, t.companyId),
    index("locations_parent_idx").on(t.tenant, t.parentLocationId),
    check("locations_kind_check", sql`${t.kind} in ('site', 'building', 'floor', 'room', 'rack', 'other')`),
    check("locations_not_own_parent", sql`${t.parentLocationId} is distinct from ${t.locationId}`),
  ],
);

/** People at a client company: who to call, who owns a device. */
export const contacts = pgTable(
  "contacts",
  {
    tenant: tenantColumn(),
    contactId: idColumn("contact_id"),
    companyId: uuid("company_id").notNull(),
    locationId: uuid("location_id"),
    firstName: text("first_name").notNull(),
    lastName: text("last_name").notNull(),
    email: text("email"),
    phone: text("phone"),
    mobile: text("mobile"),
    title: text("title"),
    isPrimary: boolean("is_primary").notNull().default(false),
    notes: text("notes"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    archivedAt: archivedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.tenant, t.contactId] }),
    foreignKey({ columns: [t.tenant, t.companyId], foreignColumns: [companies.tenant, companies.companyId] }).onDelete(
      "cascade",
    ),
    foreignKey({ columns: [t.tenant, t.locationId], foreignColumns: [locations.tenant, locations.locationId] }),
    index("contacts_company_idx").on(t.tenant, t.companyId, t.lastName, t.firstName),
    uniqueIndex("contacts_email_key").on(t.tenant, t.companyId, sql`lower(${t.email})`),
  ],
);
