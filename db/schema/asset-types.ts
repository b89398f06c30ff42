import { sql } from "drizzle-orm";
import { boolean, check, foreignKey, index, jsonb, pgTable, primaryKey, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { createdAt, idColumn, tenantColumn, updatedAt } from "./columns";
import { tenants } from "./tenancy";
import type { AssetKind, AttributeKind } from "./values";

/** One custom field of a type's attribute schema (stored as JSON in asset_types.attributes_schema). */
export interface AttributeField {
  key: string;
  label: string;
  kind: AttributeKind;
  required?: boolean;
  default?: unknown;
  min?: number;
  max?: number;
  unit?: string;
  help?: string;
  options?: string[];
}

/** Asset types form a tree per tenant; a type's kind is its root's (workstation, server, …). */
export const assetTypes = pgTable(
  "asset_types",
  {
    tenant: tenantColumn().references(() => tenants.tenantId, { onDelete: "cascade" }),
    typeId: idColumn("type_id"),
    parentTypeId: uuid("parent_type_id"),
    name: text("name").notNull(),
    /** Copied from the root when the type is created; the root never changes, so neither does this. */
    kind: text("kind").$type<AssetKind>().notNull(),
    isBuiltin: boolean("is_builtin").notNull().default(false),
    description: text("description"),
    attributesSchema: jsonb("attributes_schema").$type<AttributeField[]>().notNull().default([]),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.tenant, t.typeId] }),
    foreignKey({ columns: [t.tenant, t.parentTypeId], foreignColumns: [t.tenant, t.typeId] }),
    uniqueIndex("asset_types_name_key").on(t.tenant, sql`lower(${t.name})`),
    index("asset_types_parent_idx").on(t.tenant, t.parentTypeId),
    check("asset_types_kind_check", sql`${t.kind} in ('workstation', 'server', 'network_device', 'mobile_device', 'printer', 'other')`),
    check("asset_types_not_own_parent", sql`${t.parentTypeId} is distinct from ${t.typeId}`),
  ],
);
