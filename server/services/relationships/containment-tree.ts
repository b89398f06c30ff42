import { sql, type SQL } from "drizzle-orm";
import type { z } from "zod";
import { queryRows } from "../../../db/rows";
import { assertCan, type ServiceContext } from "../../context";
import { parseInput } from "../validate";
import { assetGraphInput } from "./relationship-input";
import { containerSide, findAssetOrThrow, loadRelationshipTypes, typeKeysWhere } from "./relationship-queries";

/** A tree beyond this many assets is not read by a person; the answer says it was cut. */
export const CONTAINMENT_TREE_MAX_NODES = 2_000;
/** Containment is shallow (site → rack → host → VM); the cap only stops a walk through bad data. */
const MAX_LEVELS = 50;

export interface ContainmentNode {
  assetId: string;
  name: string;
  assetTag: string;
  kind: string;
  status: string;
  /** The type that puts this asset inside its container (null at the top). */
  via: string | null;
  children: ContainmentNode[];
}

interface PlacedRow extends Record<string, unknown> {
  assetId: string;
  containerId: string | null;
  via: string | null;
  name: string;
  assetTag: string;
  kind: string;
  status: string;
}

/**
 * The containment hierarchy an asset belongs to (rack → server → VM), from its top container
 * down, through the hierarchical types. The container is the side depended upon: the parent of
 * "contains", the child of "runs on". Where an asset sits in two containers, it is shown once,
 * under the nearer one to the top.
 */
export async function containmentTree(ctx: ServiceContext, rawInput: z.input<typeof assetGraphInput>) {
  assertCan(ctx, "assets.read");
  const { assetId } = parseInput(assetGraphInput, rawInput);
  await findAssetOrThrow(ctx, assetId);
  const types = (await loadRelationshipTypes(ctx)).filter((t) => t.hierarchical);
  const parentContains = typeKeysWhere(types, (t) => containerSide(t) === "parent");
  const childContains = typeKeysWhere(types, (t) => containerSide(t) === "child");
  // One lateral step of the walk: the containers of `self` (up) or its contents (down), each with
  // the type that links them. Each half is one index descent per type key.
  const step = (self: SQL, dir: "up" | "down") => sql`
    cross join lateral (
      select r.${sql.raw(dir === "up" ? "parent" : "child")}_asset_id as asset_id, r.type_key as via
        from asset_relationships r
       where r.tenant = ${ctx.tenantId} and r.type_key = any(${parentContains})
         and r.${sql.raw(dir === "up" ? "child" : "parent")}_asset_id = ${self}
      union all
      select r.${sql.raw(dir === "up" ? "child" : "parent")}_asset_id, r.type_key
        from asset_relationships r
       where r.tenant = ${ctx.tenantId} and r.type_key = any(${childContains})
         and r.${sql.raw(dir === "up" ? "parent" : "child")}_asset_id = ${self}
    ) n`;

  // The top: the farthest container up (the first by name where the asset sits in several).
  const [top] = await queryRows<{ assetId: string }>(
    ctx.db,
    sql`with recursive up (asset_id, depth) as (
          select ${assetId}::uuid, 0
          union
          select n.asset_id, u.depth + 1 from up u ${step(sql`u.asset_id`, "up")} where u.depth < ${MAX_LEVELS}
        )
        select u.asset_id as "assetId" from up u
          join assets a on a.tenant = ${ctx.tenantId} and a.asset_id = u.asset_id
         order by u.depth desc, lower(a.name), u.asset_id limit 1`,
  );
  const topId = top?.assetId ?? assetId;
  const rows = await queryRows<PlacedRow>(
    ctx.db,
    sql`with recursive down (asset_id, container_id, via, depth) as (
          select ${topId}::uuid, null::uuid, null::text, 0
          union
          select n.asset_id, d.asset_id, n.via, d.depth + 1 from down d ${step(sql`d.asset_id`, "down")} where d.depth < ${MAX_LEVELS}
        ),
        nearest as (
          select distinct on (asset_id) asset_id, container_id, via, depth from down
           order by asset_id, depth, container_id, via
        )
        select n.asset_id as "assetId", n.container_id as "containerId", n.via,
               a.name, a.asset_tag as "assetTag", at.kind, a.status
          from nearest n
          join assets a on a.tenant = ${ctx.tenantId} and a.asset_id = n.asset_id
          join asset_types at on at.tenant = a.tenant and at.type_id = a.type_id
         order by n.depth, lower(a.name), n.asset_id
         limit ${CONTAINMENT_TREE_MAX_NODES + 1}`,
  );
  const truncated = rows.length > CONTAINMENT_TREE_MAX_NODES;
  return { assetId, root: nest(rows.slice(0, CONTAINMENT_TREE_MAX_NODES)), truncated };
}

/**
 * Nests rows ordered by depth then name: a container is always listed before its contents (it is
 * one level nearer the top), so a single pass places every row and children keep name order.
 */
function nest(rows: readonly PlacedRow[]): ContainmentNode {
  const nodes = new Map<string, ContainmentNode>();
  for (const { containerId, ...row } of rows) {
    const node: ContainmentNode = { ...row, children: [] };
    nodes.set(row.assetId, node);
    if (containerId) nodes.get(containerId)?.children.push(node);
  }
  return nodes.get(rows[0].assetId)!;
}
