import { and, eq, inArray, or, sql } from "drizzle-orm";
import { z } from "zod";
import { assetRelationships, assets, relationshipTypes } from "../../../db/schema";
import { queryRows } from "../../../db/rows";
import { assertCan, type ServiceContext } from "../../context";
import { ConflictError } from "../../errors";
import { diffValues, recordAssetHistory, type HistoryEntry } from "../history/record-history";
import { parseInput } from "../validate";
import { loadAssetDetail } from "./asset-read";

export const deleteAssetInput = z.object({
  assetId: z.string().uuid("must be an asset id"),
  /** refuse (default): refuse when the asset contains others; detach: keep them, unlinked; cascade: delete them too. */
  mode: z.enum(["refuse", "detach", "cascade"], { errorMap: () => ({ message: "must be refuse, detach or cascade" }) }).default("refuse"),
});

/**
 * Assets this one contains, transitively, through hierarchical relationship types (the container is
 * the side that is depended upon: the parent of "contains", the child of "runs on").
 */
async function containedAssets(ctx: ServiceContext, assetId: string): Promise<{ assetId: string; name: string }[]> {
  return queryRows<{ assetId: string; name: string }>(
    ctx.db,
    sql`with recursive inside(asset_id) as (
          select case when t.impact_direction = 'child' then r.child_asset_id else r.parent_asset_id end
            from asset_relationships r join relationship_types t on t.tenant = r.tenant and t.type_key = r.type_key
           where r.tenant = ${ctx.tenantId} and t.hierarchical
             and ((t.impact_direction = 'child' and r.parent_asset_id = ${assetId}) or (t.impact_direction = 'parent' and r.child_asset_id = ${assetId}))
          union
          select case when t.impact_direction = 'child' then r.child_asset_id else r.parent_asset_id end
            from inside i
            join asset_relationships r on r.tenant = ${ctx.tenantId}
             and ((r.parent_asset_id = i.asset_id) or (r.child_asset_id = i.asset_id))
            join relationship_types t on t.tenant = r.tenant and t.type_key = r.type_key and t.hierarchical
             and ((t.impact_direction = 'child' and r.parent_asset_id = i.asset_id) or (t.impact_direction = 'parent' and r.child_asset_id = i.asset_id))
        )
        select a.asset_id as "assetId", a.name from inside i join assets a on a.tenant = ${ctx.tenantId} and a.asset_id = i.asset_id
         where a.asset_id <> ${assetId}`,
  );
}

/** Deletes an asset (and, in cascade mode, what it contains). History rows stay, with the last values. */
export async function deleteAsset(ctx: ServiceContext, rawInput: z.input<typeof deleteAssetInput>) {
  assertCan(ctx, "assets.delete");
  const { assetId, mode } = parseInput(deleteAssetInput, rawInput);
  const target = await loadAssetDetail(ctx, assetId);
  const inside = await containedAssets(ctx, assetId);
  if (inside.length && mode === "refuse") {
    const names = inside.slice(0, 5).map((a) => `“${a.name}”`).join(", ");
    throw new ConflictError(
      `assetId: ${target.name} contains ${inside.length} asset(s) (${names}${inside.length > 5 ? ", …" : ""}); delete with mode "detach" to keep them or "cascade" to delete them too`,
      { field: "assetId", contained: inside.length },
    );
  }
  const doomed = mode === "cascade" ? [assetId, ...inside.map((a) => a.assetId)] : [assetId];
  const edges = await ctx.db
    .select({ parent: assetRelationships.parentAssetId, child: assetRelationships.childAssetId, typeKey: assetRelationships.typeKey, label: relationshipTypes.label })
    .from(assetRelationships)
    .innerJoin(relationshipTypes, and(eq(relationshipTypes.tenant, assetRelationships.tenant), eq(relationshipTypes.typeKey, assetRelationships.typeKey)))
    .where(and(eq(assetRelationships.tenant, ctx.tenantId), or(inArray(assetRelationships.parentAssetId, doomed), inArray(assetRelationships.childAssetId, doomed))));
  const details = await Promise.all(doomed.map((id) => (id === assetId ? target : loadAssetDetail(ctx, id))));
  const history: HistoryEntry[] = details.map((d) => {
    // The last values of the asset's own fields (not the joined names or derived columns).
    const { extension, attributes, assetId: _id, typeName: _t, kind: _k, companyName: _c, locationName: _l, assignedContactName: _n, serialNormalized: _s, hostnameNormalized: _h, createdAt: _ca, updatedAt: _ua, ...core } = d;
    const snapshot = { ...diffValues(core, Object.fromEntries(Object.keys(core).map((k) => [k, null]))) };
    for (const [k, v] of Object.entries(extension ?? {})) if (v != null) snapshot[`extension.${k}`] = { from: v, to: null };
    for (const [k, v] of Object.entries(attributes)) snapshot[`attributes.${k}`] = { from: v, to: null };
    return { assetId: d.assetId, changeType: "deleted", diff: snapshot };
  });
  // The surviving ends of removed relationships record the loss too.
  const doomedSet = new Set(doomed);
  for (const e of edges) {
    const survivor = doomedSet.has(e.parent) ? (doomedSet.has(e.child) ? null : e.child) : e.parent;
    if (!survivor) continue;
    const gone = doomedSet.has(e.parent) ? e.parent : e.child;
    history.push({ assetId: survivor, changeType: "relationship_removed", diff: { [`relationships.${e.typeKey}`]: { from: { assetId: gone, deleted: true }, to: null } } });
  }
  await ctx.db.delete(assets).where(and(eq(assets.tenant, ctx.tenantId), inArray(assets.assetId, doomed)));
  await recordAssetHistory(ctx, history);
  return { deleted: doomed, detachedRelationships: edges.length };
}
