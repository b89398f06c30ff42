import { sql } from "drizzle-orm";
import type { z } from "zod";
import { queryRows } from "../../../db/rows";
import { assertCan, type ServiceContext } from "../../context";
import { parseInput } from "../validate";
import { impactAnalysisInput } from "./relationship-input";
import { findAssetOrThrow, loadRelationshipTypes, typeKeysWhere, type AssetSummary } from "./relationship-queries";

interface ReachedRow extends Record<string, unknown> {
  assetId: string;
  depth: number;
  fromId: string;
  via: string;
  name: string;
  assetTag: string;
  status: string;
  kind: string;
}

export interface ImpactStep {
  assetId: string;
  name: string;
  /** The relationship type of the edge that carried the impact to this asset. */
  via: string;
}

export type ImpactedAsset = AssetSummary & { depth: number; path: ImpactStep[] };

/**
 * Every asset impacted, directly or transitively, if this one fails. Impact follows each type's
 * direction: "parent" types carry it from child to parent (the DB fails → the app that depends on
 * it), "child" types from parent to child (the rack → its servers); "none" types (connected to)
 * carry nothing. `path` lists the hops of a shortest route, ending with the impacted asset, so its
 * length is `depth`.
 */
export async function impactAnalysis(ctx: ServiceContext, rawInput: z.input<typeof impactAnalysisInput>) {
  assertCan(ctx, "assets.read");
  const { assetId, maxDepth } = parseInput(impactAnalysisInput, rawInput);
  const asset = await findAssetOrThrow(ctx, assetId);
  const types = await loadRelationshipTypes(ctx);
  // One recursive walk. Rows are (asset, depth, the asset it came from, type); UNION keeps each
  // once, and the depth cap bounds the walk even through a cycle of mixed types, so the work is
  // at most edges × maxDepth. The nearest row per asset is a shortest route's last hop, and the
  // asset it came from was itself first reached one level up, so the hops chain back to the source.
  const rows = await queryRows<ReachedRow>(
    ctx.db,
    sql`with recursive walk (asset_id, depth, from_id, via) as (
          select ${assetId}::uuid, 0, null::uuid, null::text
          union
          select n.asset_id, w.depth + 1, w.asset_id, n.via
            from walk w
            cross join lateral (
              select r.parent_asset_id as asset_id, r.type_key as via
                from asset_relationships r
               where r.tenant = ${ctx.tenantId} and r.child_asset_id = w.asset_id
                 and r.type_key = any(${typeKeysWhere(types, (t) => t.impactDirection === "parent")})
              union all
              select r.child_asset_id, r.type_key
                from asset_relationships r
               where r.tenant = ${ctx.tenantId} and r.parent_asset_id = w.asset_id
                 and r.type_key = any(${typeKeysWhere(types, (t) => t.impactDirection === "child")})
            ) n
           where w.depth < ${maxDepth} and n.asset_id <> ${assetId}::uuid
        ),
        nearest as (
          select distinct on (asset_id) asset_id, depth, from_id, via
            from walk where depth > 0
           order by asset_id, depth, via, from_id
        )
        select n.asset_id as "assetId", n.depth, n.from_id as "fromId", n.via,
               a.name, a.asset_tag as "assetTag", a.status, at.kind
          from nearest n
          join assets a on a.tenant = ${ctx.tenantId} and a.asset_id = n.asset_id
          join asset_types at on at.tenant = a.tenant and at.type_id = a.type_id
         order by n.depth, lower(a.name), n.asset_id`,
  );
  const byId = new Map(rows.map((r) => [r.assetId, r]));
  const pathTo = (row: ReachedRow): ImpactStep[] => {
    const steps: ImpactStep[] = [];
    // Each hop's origin is one level nearer the source; the length check only guards that promise.
    for (let r: ReachedRow | undefined = row; r && steps.length < maxDepth; r = byId.get(r.fromId)) {
      steps.unshift({ assetId: r.assetId, name: r.name, via: r.via });
    }
    return steps;
  };
  const impacted: ImpactedAsset[] = rows.map((r) => ({
    assetId: r.assetId,
    name: r.name,
    assetTag: r.assetTag,
    status: r.status,
    kind: r.kind,
    depth: Number(r.depth),
    path: pathTo(r),
  }));
  return { asset, maxDepth, impacted };
}
