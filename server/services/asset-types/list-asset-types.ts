import { eq, sql } from "drizzle-orm";
import { assets, assetTypes } from "../../../db/schema";
import { assertCan, type ServiceContext } from "../../context";
import { chainOf, effectiveFieldsOf, placeTypes } from "./type-tree";

/**
 * The tenant's types in tree order (roots by kind, siblings by name) with depth, ancestor names,
 * own and effective field counts, and asset counts: of the type itself and including every type
 * below it. Two statements whatever the number of types: the types, and the assets counted per
 * type in one grouped query; the tree sums are done here. Archived assets count: they still hold
 * the type (and keep it from being deleted).
 */
export async function listAssetTypes(ctx: ServiceContext) {
  assertCan(ctx, "assets.read");
  const [rows, counts] = await Promise.all([
    ctx.db.select().from(assetTypes).where(eq(assetTypes.tenant, ctx.tenantId)),
    ctx.db
      .select({ typeId: assets.typeId, n: sql<number>`count(*)::int` })
      .from(assets)
      .where(eq(assets.tenant, ctx.tenantId))
      .groupBy(assets.typeId),
  ]);
  const own = new Map(counts.map((c) => [c.typeId, Number(c.n)]));
  const byId = new Map(rows.map((r) => [r.typeId, r]));
  const total = new Map<string, number>();
  for (const row of rows) {
    // Each type's assets count for it and for every ancestor.
    for (const ancestor of chainOf(row.typeId, byId)) {
      total.set(ancestor.typeId, (total.get(ancestor.typeId) ?? 0) + (own.get(row.typeId) ?? 0));
    }
  }
  return placeTypes(rows).map(({ attributesSchema, ...type }) => ({
    ...type,
    ownFieldCount: attributesSchema.length,
    fieldCount: effectiveFieldsOf(chainOf(type.typeId, byId)).length,
    assetCount: own.get(type.typeId) ?? 0,
    totalAssetCount: total.get(type.typeId) ?? 0,
  }));
}
