import { and, asc, desc, eq, inArray, sql, type SQL } from "drizzle-orm";
import { assets, assetTypes, relationshipTypes } from "../../../db/schema";
import type { ServiceContext } from "../../context";
import { NotFoundError, ValidationError } from "../../errors";

export type RelationshipType = typeof relationshipTypes.$inferSelect;

/** What a relationship answer shows of an asset. */
export interface AssetSummary {
  assetId: string;
  name: string;
  assetTag: string;
  status: string;
  kind: string;
}

/** The tenant's relationship types, built-ins first: a handful of rows, read whole. */
export function loadRelationshipTypes(ctx: ServiceContext): Promise<RelationshipType[]> {
  return ctx.db
    .select()
    .from(relationshipTypes)
    .where(eq(relationshipTypes.tenant, ctx.tenantId))
    .orderBy(desc(relationshipTypes.isBuiltin), asc(relationshipTypes.label));
}

/** The error for a type key the tenant does not have, listing the keys it does have. */
export async function unknownTypeError(ctx: ServiceContext, typeKey: string, field = "relationshipType") {
  const types = await loadRelationshipTypes(ctx);
  return ValidationError.field(field, `unknown type "${typeKey}"; known types: ${types.map((t) => t.typeKey).join(", ")}`);
}

/**
 * Summaries of assets of the tenant by id, with their type's kind. `lockForLink` takes a key-share
 * lock on the asset rows, so a concurrent delete of one of them waits for the new edge instead of
 * failing its foreign key mid-insert.
 */
export async function findAssetSummaries(
  ctx: ServiceContext,
  assetIds: readonly string[],
  lockForLink = false,
): Promise<Map<string, AssetSummary>> {
  if (assetIds.length === 0) return new Map();
  const query = ctx.db
    .select({ assetId: assets.assetId, name: assets.name, assetTag: assets.assetTag, status: assets.status, kind: assetTypes.kind })
    .from(assets)
    .innerJoin(assetTypes, and(eq(assetTypes.tenant, assets.tenant), eq(assetTypes.typeId, assets.typeId)))
    .where(and(eq(assets.tenant, ctx.tenantId), inArray(assets.assetId, [...assetIds])));
  const rows = await (lockForLink ? query.for("key share", { of: assets }) : query);
  return new Map(rows.map((r) => [r.assetId, r]));
}

/** An id of another tenant is NOT_FOUND, exactly like one that never existed. */
export async function findAssetOrThrow(ctx: ServiceContext, assetId: string): Promise<AssetSummary> {
  const asset = (await findAssetSummaries(ctx, [assetId])).get(assetId);
  if (!asset) throw new NotFoundError("Asset", assetId);
  return asset;
}

/**
 * A list as one `text[]` parameter. Drizzle expands a JS array into `($1, $2, …)`, which is not an
 * array and is invalid when empty; `= any(array)` also lets Postgres use the (tenant, type_key, …)
 * index with one descent per key.
 */
export function sqlArray(values: readonly string[], type: "text" | "uuid" = "text"): SQL {
  const literal = `{${values.map((v) => `"${v.replace(/["\\]/g, (c) => `\\${c}`)}"`).join(",")}}`;
  return type === "uuid" ? sql`${literal}::uuid[]` : sql`${literal}::text[]`;
}

/**
 * Which end of a hierarchical edge is the container: the side depended upon. "Rack contains
 * server" (impact child: the child depends on the parent) → the parent; "VM runs on host" (impact
 * parent) → the child.
 */
export function containerSide(type: Pick<RelationshipType, "impactDirection">): "parent" | "child" {
  return type.impactDirection === "parent" ? "child" : "parent";
}

/** Type keys split by a predicate, as two `text[]` parameters for the two walk directions. */
export function typeKeysWhere(types: readonly RelationshipType[], keep: (t: RelationshipType) => boolean): SQL {
  return sqlArray(types.filter(keep).map((t) => t.typeKey));
}
