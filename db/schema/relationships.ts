import { sql } from "drizzle-orm";
import { boolean, check, foreignKey, index, pgTable, primaryKey, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { createdAt, idColumn, tenantColumn } from "./columns";
import { assets } from "./assets";
import { tenants } from "./tenancy";
import type { ImpactDirection } from "./values";

/** Kinds of edges between assets; built-ins are seeded per tenant, tenants may add their own. */
export const relationshipTypes = pgTable(
  "relationship_types",
  {
    tenant: tenantColumn().references(() => tenants.tenantId, { onDelete: "cascade" }),
    typeKey: text("type_key").notNull(),
    /** Read as "<parent> <label> <child>", e.g. "contains", "depends on". */
    label: text("label").notNull(),
    /** Read from the child: "is contained in", "is needed by". */
    inverseLabel: text("inverse_label").notNull(),
    /** An acyclic type refuses an edge that would close a cycle. */
    acyclic: boolean("acyclic").notNull(),
    impactDirection: text("impact_direction").$type<ImpactDirection>().notNull(),
    /** Whether the type builds the containment tree (rack → server → VM). */
    hierarchical: boolean("hierarchical").notNull().default(false),
    isBuiltin: boolean("is_builtin").notNull().default(false),
  },
  (t) => [
    primaryKey({ columns: [t.tenant, t.typeKey] }),
    check("relationship_types_impact_check", sql`${t.impactDirection} in ('parent', 'child', 'none')`),
  ],
);

export const assetRelationships = pgTable(
  "asset_relationships",
  {
    tenant: tenantColumn(),
    relationshipId: idColumn("relationship_id"),
    typeKey: text("type_key").notNull(),
    parentAssetId: uuid("parent_asset_id").notNull(),
    childAssetId: uuid("child_asset_id").notNull(),
    notes: text("notes"),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.tenant, t.relationshipId] }),
    foreignKey({ columns: [t.tenant, t.typeKey], foreignColumns: [relationshipTypes.tenant, relationshipTypes.typeKey] }),
    foreignKey({ columns: [t.tenant, t.parentAssetId], foreignColumns: [assets.tenant, assets.assetId] }).onDelete("cascade"),
    foreignKey({ columns: [t.tenant, t.childAssetId], foreignColumns: [assets.tenant, assets.assetId] }).onDelete("cascade"),
    uniqueIndex("asset_relationships_edge_key").on(t.tenant, t.typeKey, t.parentAssetId, t.childAssetId),
    index("asset_relationships_child_idx").on(t.tenant, t.childAssetId, t.typeKey),
    check("asset_relationships_no_self_loop", sql`${t.parentAssetId} <> ${t.childAssetId}`),
  ],
);
