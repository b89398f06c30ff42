import { and, eq, sql } from "drizzle-orm";
import { assetTypes } from "../../../db/schema";
import type { AssetKind } from "../../../db/schema/values";
import type { ServiceContext } from "../../context";
import { NotFoundError } from "../../errors";
import { chainOf, effectiveFieldsOf, type EffectiveField } from "./type-tree";

export { mergeSchemas } from "./merge-schemas";
export type { EffectiveField } from "./type-tree";

export type AssetTypeRow = typeof assetTypes.$inferSelect;

export interface EffectiveSchema {
  type: AssetTypeRow;
  /** Root first, without the type itself. */
  ancestors: { typeId: string; name: string }[];
  kind: AssetKind;
  fields: EffectiveField[];
}

/**
 * The type and its ancestors, root first, in one statement: a recursive CTE walks up the parents
 * and the outer select returns whole rows (typed, with dates, on both drivers). UNION (not UNION
 * ALL) drops repeated rows, so even corrupt data with a cycle cannot make the walk run forever.
 * Another tenant's type yields no rows, exactly like one that does not exist.
 */
export async function loadTypeChain(ctx: ServiceContext, typeId: string): Promise<AssetTypeRow[]> {
  const chainIds = sql`with recursive up (type_id, parent_type_id) as (
      select type_id, parent_type_id from asset_types where tenant = ${ctx.tenantId} and type_id = ${typeId}
      union
      select t.type_id, t.parent_type_id from asset_types t join up on t.type_id = up.parent_type_id
       where t.tenant = ${ctx.tenantId}
    ) select type_id from up`;
  const rows = await ctx.db
    .select()
    .from(assetTypes)
    .where(and(eq(assetTypes.tenant, ctx.tenantId), sql`${assetTypes.typeId} in (${chainIds})`));
  return chainOf(typeId, new Map(rows.map((r) => [r.typeId, r])));
}

/**
 * The fields in effect for a type: its ancestors' schemas merged with its own. A building block
 * for other services (the assets service validates with it), so it checks no permission itself;
 * callers do. Throws NotFoundError for an unknown or foreign type.
 */
export async function getEffectiveSchema(ctx: ServiceContext, typeId: string): Promise<EffectiveSchema> {
  const chain = await loadTypeChain(ctx, typeId);
  const type = chain[chain.length - 1];
  if (!type) throw new NotFoundError("Asset type", typeId);
  return {
    type,
    ancestors: chain.slice(0, -1).map((t) => ({ typeId: t.typeId, name: t.name })),
    kind: type.kind,
    fields: effectiveFieldsOf(chain),
  };
}
