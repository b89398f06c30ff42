import { sql } from "drizzle-orm";
import { date, foreignKey, index, jsonb, numeric, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { archivedAt, createdAt, idColumn, tenantColumn, updatedAt } from "./columns";
import { assetStatuses } from "./asset-lifecycle";
import { assetTypes } from "./asset-types";
import { companies, contacts, locations } from "./companies";
import { tenants } from "./tenancy";

/**
 * Assets: the core columns every kind shares. Kind-specific data lives in the extension tables
 * (asset-extensions.ts), custom fields in `attributes` (validated against the type's schema).
 * Identifiers are also kept normalised for matching (serial, hostname, MACs).
 */
export const assets = pgTable(
  "assets",
  {
    tenant: tenantColumn().references(() => tenants.tenantId, { onDelete: "cascade" }),
    assetId: idColumn("asset_id"),
    typeId: uuid("type_id").notNull(),
    companyId: uuid("company_id").notNull(),
    locationId: uuid("location_id"),
    name: text("name").notNull(),
    assetTag: text("asset_tag").notNull(),
    status: text("status").notNull(),
    serialNumber: text("serial_number"),
    /** Upper-case, no spaces or dashes; NULL for OEM placeholders ("To be filled by O.E.M."). */
    serialNormalized: text("serial_normalized"),
    hostname: text("hostname"),
    /** Lower-case, without the domain suffix. */
    hostnameNormalized: text("hostname_normalized"),
    /** Canonical aa:bb:cc:dd:ee:ff, de-duplicated. */
    macAddresses: text("mac_addresses").array().notNull().default(sql`'{}'::text[]`),
    ipAddresses: text("ip_addresses").array().notNull().default(sql`'{}'::text[]`),
    manufacturer: text("manufacturer"),
    model: text("model"),
    purchaseDate: date("purchase_date"),
    purchaseCost: numeric("purchase_cost", { precision: 14, scale: 2, mode: "number" }),
    currency: text("currency"),
    warrantyStart: date("warranty_start"),
    warrantyEnd: date("warranty_end"),
    warrantyProvider: text("warranty_provider"),
    endOfLifeDate: date("end_of_life_date"),
    assignedContactId: uuid("assigned_contact_id"),
    tags: text("tags").array().notNull().default(sql`'{}'::text[]`),
    notes: text("notes"),
    attributes: jsonb("attributes").$type<Record<string, unknown>>().notNull().default({}),
    /**
     * Lower-cased name, tag, serial, hostname, maker and model in one column, so free-text search
     * needs one trigram index (each trigram index is most of an insert's cost) instead of six.
     */
    searchText: text("search_text").generatedAlwaysAs(
      sql`lower(name || ' ' || asset_tag || ' ' || coalesce(serial_number, '') || ' ' || coalesce(hostname, '') || ' ' || coalesce(manufacturer, '') || ' ' || coalesce(model, ''))`,
    ),
    // Sort keys as plain columns. Under row-level security a qual may become an index condition
    // only if every function in it is leakproof; lower() is not, so `lower(name) > $1` would filter
    // the tenant's whole range instead of starting the scan at the cursor (docs/decisions/005).
    nameSort: text("name_sort").generatedAlwaysAs(sql`lower(name)`),
    assetTagSort: text("asset_tag_sort").generatedAlwaysAs(sql`lower(asset_tag)`),
    manufacturerSort: text("manufacturer_sort").generatedAlwaysAs(sql`lower(manufacturer)`),
    modelSort: text("model_sort").generatedAlwaysAs(sql`lower(model)`),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    archivedAt: archivedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.tenant, t.assetId] }),
    foreignKey({ columns: [t.tenant, t.typeId], foreignColumns: [assetTypes.tenant, assetTypes.typeId] }),
    foreignKey({ columns: [t.tenant, t.companyId], foreignColumns: [companies.tenant, companies.companyId] }),
    foreignKey({ columns: [t.tenant, t.locationId], foreignColumns: [locations.tenant, locations.locationId] }),
    foreignKey({ columns: [t.tenant, t.status], foreignColumns: [assetStatuses.tenant, assetStatuses.statusKey] }),
    foreignKey({ columns: [t.tenant, t.assignedContactId], foreignColumns: [contacts.tenant, contacts.contactId] }),
    uniqueIndex("assets_tag_key").on(t.tenant, t.assetTagSort),
    uniqueIndex("assets_serial_key").on(t.tenant, t.serialNormalized).where(sql`${t.serialNormalized} is not null`),
    // Grid filters and sorts: each index leads with tenant and ends with the keyset tie-breaker.
    index("assets_name_idx").on(t.tenant, t.nameSort, t.assetId),
    index("assets_type_idx").on(t.tenant, t.typeId, t.assetId),
    index("assets_company_idx").on(t.tenant, t.companyId, t.assetId),
    index("assets_location_idx").on(t.tenant, t.locationId),
    index("assets_status_idx").on(t.tenant, t.status, t.assetId),
    index("assets_warranty_idx").on(t.tenant, t.warrantyEnd, t.assetId),
    index("assets_updated_idx").on(t.tenant, t.updatedAt, t.assetId),
    index("assets_created_idx").on(t.tenant, t.createdAt, t.assetId),
    index("assets_purchase_idx").on(t.tenant, t.purchaseDate, t.assetId),
    index("assets_manufacturer_idx").on(t.tenant, t.manufacturerSort, t.assetId),
    index("assets_model_idx").on(t.tenant, t.modelSort, t.assetId),
    index("assets_tag_sort_idx").on(t.tenant, t.assetTagSort, t.assetId),
    index("assets_serial_sort_idx").on(t.tenant, t.serialNormalized, t.assetId),
    index("assets_hostname_idx").on(t.tenant, t.hostnameNormalized, t.assetId),
    index("assets_contact_idx").on(t.tenant, t.assignedContactId),
    index("assets_macs_idx").using("gin", t.macAddresses),
    index("assets_tags_idx").using("gin", t.tags),
    index("assets_ips_idx").using("gin", t.ipAddresses),
  ],
);

/** Keys of the asset in outside systems (RMM device ids, PSA configuration ids). */
export const assetExternalIds = pgTable(
  "asset_external_ids",
  {
    tenant: tenantColumn(),
    assetId: uuid("asset_id").notNull(),
    source: text("source").notNull(),
    externalId: text("external_id").notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.tenant, t.source, t.externalId] }),
    foreignKey({ columns: [t.tenant, t.assetId], foreignColumns: [assets.tenant, assets.assetId] }).onDelete("cascade"),
    index("asset_external_ids_asset_idx").on(t.tenant, t.assetId),
  ],
);

/**
 * The structured change history of assets. No foreign key to assets: history outlives the asset.
 * diff is `{ field: { from, to } }`, extension fields as `extension.<column>`, custom attributes
 * as `attributes.<key>`.
 */
export const assetHistory = pgTable(
  "asset_history",
  {
    tenant: tenantColumn(),
    historyId: idColumn("history_id"),
    assetId: uuid("asset_id").notNull(),
    at: timestamp("at", { withTimezone: true, mode: "date" })
      .notNull()
      .default(sql`date_trunc('milliseconds', clock_timestamp())`),
    actorType: text("actor_type").notNull(),
    actorId: uuid("actor_id"),
    actorLabel: text("actor_label").notNull(),
    changeType: text("change_type").notNull(),
    diff: jsonb("diff").$type<Record<string, { from: unknown; to: unknown }>>().notNull().default({}),
    source: text("source").notNull(),
    /** The import, job or connector run that made the change, when there is one. */
    sourceRef: text("source_ref"),
  },
  (t) => [
    primaryKey({ columns: [t.tenant, t.historyId] }),
    index("asset_history_asset_idx").on(t.tenant, t.assetId, t.at.desc(), t.historyId),
    index("asset_history_source_idx").on(t.tenant, t.sourceRef).where(sql`${t.sourceRef} is not null`),
  ],
);

export const assetDateColumns = ["purchaseDate", "warrantyStart", "warrantyEnd", "endOfLifeDate"] as const;
