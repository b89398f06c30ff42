import { bigint, boolean, foreignKey, integer, pgTable, primaryKey, text, timestamp } from "drizzle-orm/pg-core";
import { tenantColumn } from "./columns";
import { tenants } from "./tenancy";

/** A tenant's lifecycle statuses (defaults: ordered, in stock, deployed, in repair, retired, disposed, lost). */
export const assetStatuses = pgTable(
  "asset_statuses",
  {
    tenant: tenantColumn().references(() => tenants.tenantId, { onDelete: "cascade" }),
    statusKey: text("status_key").notNull(),
    label: text("label").notNull(),
    position: integer("position").notNull(),
    /** In service (counts toward "active" assets); retired, disposed and lost are not. */
    isActive: boolean("is_active").notNull().default(true),
    /** The status a new asset gets when none is given. */
    isInitial: boolean("is_initial").notNull().default(false),
  },
  (t) => [primaryKey({ columns: [t.tenant, t.statusKey] })],
);

/** Allowed status changes. A change not listed here is refused with the allowed ones named. */
export const assetStatusTransitions = pgTable(
  "asset_status_transitions",
  {
    tenant: tenantColumn(),
    fromStatus: text("from_status").notNull(),
    toStatus: text("to_status").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.tenant, t.fromStatus, t.toStatus] }),
    foreignKey({ columns: [t.tenant, t.fromStatus], foreignColumns: [assetStatuses.tenant, assetStatuses.statusKey] }).onDelete("cascade"),
    foreignKey({ columns: [t.tenant, t.toStatus], foreignColumns: [assetStatuses.tenant, assetStatuses.statusKey] }).onDelete("cascade"),
  ],
);

/** Per-tenant asset settings: the asset tag pattern and its counter. */
export const tenantAssetSettings = pgTable("tenant_asset_settings", {
  tenant: tenantColumn()
    .primaryKey()
    .references(() => tenants.tenantId, { onDelete: "cascade" }),
  /** Tokens: {seq:N} (zero-padded counter), {company} (client code), {kind} (type kind), {yyyy}. */
  assetTagPattern: text("asset_tag_pattern").notNull().default("AST-{seq:6}"),
  nextAssetTagSeq: bigint("next_asset_tag_seq", { mode: "number" }).notNull().default(1),
  updatedAt: timestamp("updated_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
});
