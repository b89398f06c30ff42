import { sql, type SQL } from "drizzle-orm";
import { queryRows } from "../../../db/rows";
import type { ServiceContext } from "../../context";
import { ConflictError } from "../../errors";
import type { RelationshipType } from "./relationship-queries";

/** Separator of asset names in a cycle's path, as people read it: "App › DB › App". */
export const CYCLE_SEPARATOR = " › ";

/**
 * Reads one relationship type and, when it is acyclic, takes a transaction-long advisory lock on
 * (tenant, type) in the same round trip. Two concurrent inserts, A→B and B→A, would each pass the
 * cycle check on a snapshot without the other's edge and together close a cycle; with the lock the
 * second waits, then sees the first. Hierarchical types (contains, runs on) share one lock, since
 * their loops are checked together (see containerWalk). The lock must come in a statement *before* the check: under
 * READ COMMITTED a statement's snapshot is taken when it starts, so a check in the statement that
 * waited for the lock would not see the edge committed by the transaction it waited for.
 */
export async function readTypeAndLock(ctx: ServiceContext, typeKey: string): Promise<Omit<RelationshipType, "tenant"> | undefined> {
  const [row] = await queryRows<Omit<RelationshipType, "tenant"> & { locked: unknown }>(
    ctx.db,
    sql`select type_key as "typeKey", label, inverse_label as "inverseLabel", acyclic,
               impact_direction as "impactDirection", hierarchical, is_builtin as "isBuiltin",
               case when acyclic then pg_advisory_xact_lock(hashtextextended('asset_relationships:' || tenant::text || ':' ||
                 case when hierarchical then '*hierarchy' else type_key end, 0)) end as locked
          from relationship_types
         where tenant = ${ctx.tenantId} and type_key = ${typeKey}`,
  );
  if (!row) return undefined;
  const { locked: _locked, ...type } = row;
  return type;
}

interface EdgeValues {
  typeKey: string;
  parentAssetId: string;
  childAssetId: string;
  notes: string | null;
}

export interface CycleRule {
  acyclic: boolean;
  hierarchical: boolean;
  impactDirection: string;
}

/**
 * The two ends to check, and the step "up" from a node. For an ordinary acyclic type: up is the
 * parent through edges of that type. For hierarchical types, containment is one relation across
 * them — a rack contains a host, a VM runs on the host — so a loop through contains *and* runs on
 * is caught: up is the container, whichever side of whichever hierarchical edge it is on (the side
 * depended upon: the parent of "contains", the child of "runs on").
 */
function walkPlan(ctx: ServiceContext, edge: Omit<EdgeValues, "notes">, rule: CycleRule) {
  if (!rule.hierarchical) {
    return {
      from: edge.parentAssetId,
      target: edge.childAssetId,
      step: (node: SQL) => sql`select r.parent_asset_id as next_id, r.child_asset_id as below_id
          from asset_relationships r where r.tenant = ${ctx.tenantId} and r.child_asset_id = ${node} and r.type_key = ${edge.typeKey}`,
    };
  }
  const parentIsContainer = rule.impactDirection === "child";
  return {
    from: parentIsContainer ? edge.parentAssetId : edge.childAssetId,
    target: parentIsContainer ? edge.childAssetId : edge.parentAssetId,
    step: (node: SQL) => sql`select case when t.impact_direction = 'child' then r.parent_asset_id else r.child_asset_id end as next_id,
                 ${node} as below_id
          from relationship_types t
          join asset_relationships r on r.tenant = t.tenant and r.type_key = t.type_key
           and ((t.impact_direction = 'child' and r.child_asset_id = ${node}) or (t.impact_direction = 'parent' and r.parent_asset_id = ${node}))
         where t.tenant = ${ctx.tenantId} and t.hierarchical`,
  };
}

/**
 * Inserts the edge unless it exists already or, for an acyclic type, unless the child already
 * reaches the parent (the parent is a descendant of the child). The check and the insert it guards
 * are one statement, so the usual case costs one round trip; undefined means refused, and
 * explainRefusal says why. The walk goes *up* from the parent, which costs its few ancestors
 * rather than the child's whole subtree; UNION drops revisits, so even corrupt data with a cycle
 * cannot make it run forever. Call after readTypeAndLock, in the same transaction.
 */
export async function insertEdge(ctx: ServiceContext, edge: EdgeValues, rule: CycleRule) {
  const { typeKey, parentAssetId, childAssetId, notes } = edge;
  const plan = walkPlan(ctx, edge, rule);
  const guard = rule.acyclic ? sql`where not exists (select 1 from up where up.asset_id = ${plan.target}::uuid)` : sql``;
  const walk = rule.acyclic
    ? sql`with recursive up (asset_id) as (
            select ${plan.from}::uuid
            union
            select s.next_id from up cross join lateral (${plan.step(sql`up.asset_id`)}) s
             where up.asset_id <> ${plan.target}::uuid
          )`
    : sql``;
  const [row] = await queryRows<{ relationshipId: string; notes: string | null; createdAt: string | Date }>(
    ctx.db,
    sql`${walk}
        insert into asset_relationships (tenant, type_key, parent_asset_id, child_asset_id, notes)
        select ${ctx.tenantId}::uuid, ${typeKey}, ${parentAssetId}::uuid, ${childAssetId}::uuid, ${notes}::text ${guard}
        on conflict (tenant, type_key, parent_asset_id, child_asset_id) do nothing
        returning relationship_id as "relationshipId", notes, created_at as "createdAt"`,
  );
  return row ? { ...row, createdAt: new Date(row.createdAt) } : undefined;
}

interface UpRow extends Record<string, unknown> {
  assetId: string;
  belowId: string | null;
  name: string;
}

/**
 * After a refused insert of an acyclic type: throws a conflict naming the cycle by asset names
 * when the edge would close one, and returns when it was refused as a duplicate.
 */
export async function explainRefusal(ctx: ServiceContext, edge: Omit<EdgeValues, "notes">, rule: CycleRule): Promise<void> {
  const plan = walkPlan(ctx, edge, rule);
  // (ancestor, the node below it on the way up) is enough to rebuild the path; rows come back
  // only when the target is among the ancestors.
  const rows = await queryRows<UpRow>(
    ctx.db,
    sql`with recursive up (asset_id, below_id) as (
          select ${plan.from}::uuid, null::uuid
          union
          select s.next_id, s.below_id from up cross join lateral (${plan.step(sql`up.asset_id`)}) s
           where up.asset_id <> ${plan.target}::uuid
        )
        select u.asset_id as "assetId", u.below_id as "belowId", a.name
          from up u
          join assets a on a.tenant = ${ctx.tenantId} and a.asset_id = u.asset_id
         where exists (select 1 from up where up.asset_id = ${plan.target}::uuid)`,
  );
  if (rows.length === 0) return;
  const path = cyclePath(rows, plan.from, plan.target);
  throw new ConflictError(`relationshipType: would create a cycle: ${path.map((p) => p.name).join(CYCLE_SEPARATOR)}`, {
    field: "relationshipType",
    path,
  });
}

/**
 * The shortest way down from the child to the parent over the walked rows, closed by the proposed
 * edge back to the child: [child, …, parent, child].
 */
function cyclePath(rows: readonly UpRow[], parentAssetId: string, childAssetId: string) {
  const names = new Map(rows.map((r) => [r.assetId, r.name]));
  const below = new Map<string, string[]>();
  for (const r of rows) if (r.belowId) below.set(r.assetId, [...(below.get(r.assetId) ?? []), r.belowId]);
  const cameFrom = new Map<string, string | null>([[childAssetId, null]]);
  const queue = [childAssetId];
  while (queue.length > 0 && !cameFrom.has(parentAssetId)) {
    const id = queue.shift()!;
    for (const next of below.get(id) ?? []) {
      if (cameFrom.has(next)) continue;
      cameFrom.set(next, id);
      queue.push(next);
    }
  }
  const chain: string[] = [];
  for (let id: string | null = parentAssetId; id; id = cameFrom.get(id) ?? null) chain.unshift(id);
  return [...chain, childAssetId].map((assetId) => ({ assetId, name: names.get(assetId) ?? assetId }));
}
