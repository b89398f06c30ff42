import { and, eq, gt, inArray, isNull, lt, sql, type SQL } from "drizzle-orm";
import { assets, assetTypes } from "../../../db/schema";
import { queryRows } from "../../../db/rows";
import type { ServiceContext } from "../../context";
import { likePattern } from "../validate";
import type { AssetFilter, AttributeCondition } from "./list-input";
import { isIpAddress, normalizeMac, normalizeTags } from "./normalize";

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
  // Only JSON numbers are compared as numbers: a text value ("2024-05-01") must not fail the cast.
  const lhs = numeric ? sql`(case when jsonb_typeof(${assets.attributes}->${c.key}) = 'number' then (${field})::numeric end)` : field;
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
export async function buildAssetConditions(ctx: ServiceContext, filter: AssetFilter, options: { fuzzy?: boolean } = {}): Promise<SQL[]> {
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
  if (filter.tags?.length) {
    const wanted = sql`${pgTextArray(normalizeTags(filter.tags))}::text[]`;
    where.push(await selectiveIds(ctx, sql`app_tagged_asset_ids(${wanted}, ${SELECTIVE_LIMIT + 1})`, sql`${assets.tags} @> ${wanted}`));
  }
  if (filter.warrantyExpiresBefore) where.push(lt(assets.warrantyEnd, filter.warrantyExpiresBefore));
  if (filter.warrantyExpiresAfter) where.push(gt(assets.warrantyEnd, filter.warrantyExpiresAfter));
  if (filter.search) {
    const { lookup, condition } = searchParts(filter.search, options.fuzzy ?? false);
    where.push(await selectiveIds(ctx, lookup, condition));
  }
  for (const condition of filter.attributes ?? []) where.push(attributeCondition(condition));
  return where;
}

/** Above this many matches, a lookup's id list costs more than filtering rows on the sort index. */
const SELECTIVE_LIMIT = 2_000;
/** Fuzzy search returns at most this many suggestions. */
export const FUZZY_CAP = 500;

/**
 * A condition for lookups the indexes can serve only through a definer function (non-leakproof
 * operators under RLS, docs/decisions/005). A selective lookup becomes a list of ids (index probes);
 * a common one ("vip", "dell") becomes a plain filter, met within the first rows of the sort index.
 */
async function selectiveIds(ctx: ServiceContext, lookup: SQL, condition: SQL): Promise<SQL> {
  const rows = await queryRows<{ id: string }>(ctx.db, sql`select id from ${lookup} as id`);
  if (rows.length > SELECTIVE_LIMIT) return condition;
  if (rows.length === 0) return sql`false`;
  return inArray(assets.assetId, rows.map((r) => r.id));
}

/**
 * A search as a definer lookup and as the equivalent row condition: a substring of the search column,
 * or an exact MAC / IP; with `fuzzy`, word similarity instead (catches typos such as "latitde").
 * Fuzzy matching is only a fallback: on fleets of look-alike names ("host-4242", "host-4243")
 * nearly every row shares trigrams with the term.
 */
function searchParts(raw: string, fuzzy: boolean): { lookup: SQL; condition: SQL } {
  const term = raw.trim().toLowerCase();
  const mac = normalizeMac(term);
  const ip = isIpAddress(term) ? term : null;
  const pattern = fuzzy ? null : likePattern(term);
  const options: SQL[] = [fuzzy ? sql`${term} <% ${assets.searchText}` : sql`${assets.searchText} like ${pattern}`];
  if (mac) options.push(sql`${assets.macAddresses} @> array[${mac}]::text[]`);
  if (ip) options.push(sql`${assets.ipAddresses} @> array[${ip}]::text[]`);
  return {
    // Fuzzy matches are capped lower: they are suggestions for a mistyped term (FUZZY_CAP).
    lookup: sql`app_search_asset_ids(${pattern}::text, ${fuzzy ? term : null}::text, ${mac}::text, ${ip}::text, ${fuzzy ? FUZZY_CAP : SELECTIVE_LIMIT + 1})`,
    condition: sql`(${sql.join(options, sql` or `)})`,
  };
}

/** A Postgres text[] literal (Drizzle would expand a JS array into a parameter list). */
function pgTextArray(values: string[]): string {
  return `{${values.map((v) => `"${v.replace(/["\\]/g, (c) => `\\${c}`)}"`).join(",")}}`;
}
