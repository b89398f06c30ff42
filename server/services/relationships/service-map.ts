import { sql } from "drizzle-orm";
import type { z } from "zod";
import { queryRows } from "../../../db/rows";
import { assertCan, type ServiceContext } from "../../context";
import { parseInput } from "../validate";
import { serviceMapInput } from "./relationship-input";
import { findAssetOrThrow, loadRelationshipTypes, sqlArray } from "./relationship-queries";

/** Beyond this many nodes a graph view is unreadable; the answer says it was cut. */
export const SERVICE_MAP_MAX_NODES = 500;

export type ServiceMapNode = {
  assetId: string;
  name: string;
  assetTag: string;
  kind: string;
  status: string;
  /** Hops from the asset the map is drawn around (0 for itself). */
  depth: number;
};

export interface ServiceMapEdge {
  relationshipId: string;
  /** The parent: "<from> <label> <to>". */
  from: string;
  to: string;
  typeKey: string;
  label: string;
}

/**
 * The subgraph around an asset, following edges both ways (what it relies on and what relies on
 * it) up to `depth` hops: the nodes nearest first, capped at SERVICE_MAP_MAX_NODES, and every
 * edge between the nodes kept, ready for a graph view.
 */
export async function serviceMap(ctx: ServiceContext, rawInput: z.input<typeof serviceMapInput>) {
  assertCan(ctx, "assets.read");
  const { assetId, depth, typeKeys } = parseInput(serviceMapInput, rawInput);
  await findAssetOrThrow(ctx, assetId);
  const types = await loadRelationshipTypes(ctx);
  const wanted = types.filter((t) => !typeKeys || typeKeys.includes(t.typeKey));
  const keys = sqlArray(wanted.map((t) => t.typeKey));
  // UNION on (asset, depth) keeps the walk to nodes × depth rows however tangled the graph is.
  const reached = await queryRows<ServiceMapNode>(
    ctx.db,
    sql`with recursive walk (asset_id, depth) as (
          select ${assetId}::uuid, 0
          union
          select n.asset_id, w.depth + 1
            from walk w
            cross join lateral (
              select r.child_asset_id as asset_id from asset_relationships r
               where r.tenant = ${ctx.tenantId} and r.type_key = any(${keys}) and r.parent_asset_id = w.asset_id
              union all
              select r.parent_asset_id from asset_relationships r
               where r.tenant = ${ctx.tenantId} and r.child_asset_id = w.asset_id and r.type_key = any(${keys})
            ) n
           where w.depth < ${depth}
        ),
        nearest as (select asset_id, min(depth) as depth from walk group by asset_id)
        select n.asset_id as "assetId", a.name, a.asset_tag as "assetTag", at.kind, a.status, n.depth
          from nearest n
          join assets a on a.tenant = ${ctx.tenantId} and a.asset_id = n.asset_id
          join asset_types at on at.tenant = a.tenant and at.type_id = a.type_id
         order by n.depth, lower(a.name), n.asset_id
         limit ${SERVICE_MAP_MAX_NODES + 1}`,
  );
  const truncated = reached.length > SERVICE_MAP_MAX_NODES;
  const nodes = reached.slice(0, SERVICE_MAP_MAX_NODES).map((n) => ({ ...n, depth: Number(n.depth) }));
  const ids = sqlArray(nodes.map((n) => n.assetId), "uuid");
  const edgeRows = await queryRows<Omit<ServiceMapEdge, "label">>(
    ctx.db,
    sql`select r.relationship_id as "relationshipId", r.parent_asset_id as "from", r.child_asset_id as "to", r.type_key as "typeKey"
          from asset_relationships r
         where r.tenant = ${ctx.tenantId} and r.child_asset_id = any(${ids}) and r.parent_asset_id = any(${ids})
           and r.type_key = any(${keys})
         order by r.type_key, r.relationship_id`,
  );
  const labels = new Map(wanted.map((t) => [t.typeKey, t.label]));
  const edges: ServiceMapEdge[] = edgeRows.map((e) => ({ ...e, label: labels.get(e.typeKey) ?? e.typeKey }));
  return { assetId, depth, nodes, edges, truncated };
}
