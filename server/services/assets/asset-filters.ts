import { and, eq, gt, inArray, isNull, lt, sql, type SQL } from "drizzle-orm";
import { assets, assetTypes } from "../../../db/schema";
import { queryRows } from "../../../db/rows";
import type { ServiceContext } from "../../context";
import { likePattern } from "../validate";
import type { AssetFilter, AttributeCondition } from "./list-input";
import { isIpAddress, normalizeMac } from "./normalize";

/** Ids of a tree node and all its descendants (asset types, locations), in one recursive query. */
async function subtreeIds(ctx: ServiceContext, table: "asset_types" | "locations", id: string): Promise<string[]> {
  const [idCol, parentCol] = table === "asset_types" ? ["type_id", "parent_type_id"] : ["location_id", "parent_location_id"];
  const rows = await queryRows<{ id: string }>(
    ctx.db,
    sql`with recursive sub(id) as (
          select ${sql.raw(idCol)} from ${sql.raw(table)} where tenant = ${ctx.tenantId} and ${sql.raw(idCol)} = ${id}
          union
          select t.${sql.raw(idCol)} from ${sql.raw(table)} t join sub on t.${sql.raw(parentCol)} = sub.id where t.tenant = ${ctx.tenantId}
        ) select id from sub`,
  );
  return rows.map((r) => r.id);
}

function attributeCondition(c: AttributeCondition): SQL {
  const field = sql`${assets.attributes}->>${c.key}`;
  const numeric = typeof c.value === "number";
  const value = numeric ? sql`${c.value}::numeric` : sql`${String(c.value ?? "")}`;
  const lhs = numeric ? sql`(${field})::numeric` : field;
  switch (c.op) {
    case "exists":
      return sql`${assets.attributes} ? ${c.key}`;
    case "missing":
      return sql`not (${assets.attributes} ? ${c.key})`;
    case "eq":
      return sql`${assets.attributes} @> ${JSON.stringify({ [c.key]: c.value })}::jsonb`;
    case "neq":
      return sql`not (${assets.attributes} @> ${JSON.stringify({ [c.key]: c.value })}::jsonb)`;
    case "contains":
      return sql`(${field} ilike ${likePattern(String(c.value ?? ""))} or ${assets.attributes}->${c.key} ? ${String(c.value ?? "")})`;
    case "gt":
      return sql`${lhs} > ${value}`;
    case "gte":
      return sql`${lhs} >= ${value}`;
    case "lt":
      return sql`${lhs} < ${value}`;
    case "lte":
      return sql`${lhs} <= ${value}`;
  }
}

/**
 * The WHERE conditions of an asset filter. Every condition can use an index that leads with tenant
 * (or the trigram / GIN indexes); subtree filters resolve their ids first.
 */
export async function buildAssetConditions(ctx: ServiceContext, filter: AssetFilter): Promise<SQL[]> {
  const where: SQL[] = [eq(assets.tenant, ctx.tenantId)];
  if (!filter.includeArchived) where.push(isNull(assets.archivedAt));
  if (filter.typeId) where.push(inArray(assets.typeId, await subtreeIds(ctx, "asset_types", filter.typeId)));
  if (filter.kind) {
    const kindTypes = ctx.db.select({ id: assetTypes.typeId }).from(assetTypes).where(and(eq(assetTypes.tenant, ctx.tenantId), eq(assetTypes.kind, filter.kind)));
    where.push(inArray(assets.typeId, kindTypes));
  }
  if (filter.companyId) where.push(eq(assets.companyId, filter.companyId));
  if (filter.locationId) where.push(inArray(assets.locationId, await subtreeIds(ctx, "locations", filter.locationId)));
  if (filter.status) where.push(inArray(assets.status, Array.isArray(filter.status) ? filter.status : [filter.status]));
  if (filter.tags?.length) where.push(sql`${assets.tags} @> ${sql`array[${sql.join(filter.tags.map((t) => sql`${t}`), sql`, `)}]::text[]`}`);
  if (filter.warrantyExpiresBefore) where.push(lt(assets.warrantyEnd, filter.warrantyExpiresBefore));
  if (filter.warrantyExpiresAfter) where.push(gt(assets.warrantyEnd, filter.warrantyExpiresAfter));
  if (filter.search) {
    // Matches are found first through the trigram / GIN indexes (OFFSET 0 keeps the planner from
    // folding the subquery back in and walking the sort index row by row — STACK.md's search trap).
    where.push(inArray(assets.assetId, sql`(select asset_id from ${assets} where ${assets.tenant} = ${ctx.tenantId} and ${searchCondition(filter.search)} offset 0)`));
  }
  for (const condition of filter.attributes ?? []) where.push(attributeCondition(condition));
  return where;
}

/** Substring or fuzzy word match on the search column, or an exact MAC / IP. */
function searchCondition(raw: string): SQL {
  const term = raw.trim().toLowerCase();
  const options: SQL[] = [sql`${assets.searchText} like ${likePattern(term)}`];
  // Word similarity catches typos ("latitde"); it needs three characters to use the trigram index.
  if (term.length >= 4) options.push(sql`${term} <% ${assets.searchText}`);
  const mac = normalizeMac(term);
  if (mac) options.push(sql`${assets.macAddresses} @> array[${mac}]::text[]`);
  if (isIpAddress(term)) options.push(sql`${assets.ipAddresses} @> array[${term}]::text[]`);
  return sql`(${sql.join(options, sql` or `)})`;
}
