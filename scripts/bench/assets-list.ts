import { sql } from "drizzle-orm";
import type { DatabaseHandle } from "../../db/client";
import { queryRows } from "../../db/rows";
import { withTenant } from "../../db/tenant";
import type { ServiceContext } from "../../server/context";
import { encodeCursor, listAssets } from "../../server/services/assets/list-assets";
import type { ListAssetsInput } from "../../server/services/assets/list-input";
import { summarize, timeMany } from "./stats";

const actor = { type: "system", label: "bench" } as const;

/** A cursor positioned `offset` rows into the name order (computed once, the slow way). */
async function deepNameCursor(handle: DatabaseHandle, tenantId: string, offset: number): Promise<string> {
  const [row] = await withTenant(handle.db, tenantId, (tx) =>
    queryRows<{ v: string; id: string }>(
      tx,
      sql`select lower(name) as v, asset_id as id from assets where tenant = ${tenantId} and archived_at is null
          order by lower(name), asset_id offset ${offset} limit 1`,
    ),
  );
  return encodeCursor({ value: row.v, id: row.id });
}

/**
 * assets.list through the service (withTenant, RLS, joins, total) for each filter and sort the
 * API offers, on the first page and deep in the keyset. Each case is timed `iterations` times.
 */
export async function benchAssetList(handle: DatabaseHandle, world: { tenantId: string; typeIds: string[]; companyIds: string[]; count: number }, iterations = 40) {
  const deepOffset = Math.min(500_000, Math.floor(world.count / 2));
  const deep = await deepNameCursor(handle, world.tenantId, deepOffset);
  const cases: Record<string, (i: number) => ListAssetsInput> = {
    "name, first page": () => ({}),
    [`name, ${deepOffset.toLocaleString("en")} rows deep`]: () => ({ cursor: deep }),
    "company + name": (i) => ({ filter: { companyId: world.companyIds[i % world.companyIds.length] } }),
    "type subtree + updatedAt desc": (i) => ({ filter: { typeId: world.typeIds[i % world.typeIds.length] }, sort: { field: "updatedAt", direction: "desc" } }),
    "status + warrantyEnd": () => ({ filter: { status: "in_repair" }, sort: { field: "warrantyEnd", direction: "asc" } }),
    "warranty window": () => ({ filter: { warrantyExpiresAfter: "2026-11-01", warrantyExpiresBefore: "2027-02-01" }, sort: { field: "warrantyEnd", direction: "asc" } }),
    "tag vip + assetTag": () => ({ filter: { tags: ["vip"] }, sort: { field: "assetTag", direction: "asc" } }),
    "sort hostname desc": () => ({ sort: { field: "hostname", direction: "desc" } }),
    "sort purchaseDate": () => ({ sort: { field: "purchaseDate", direction: "asc" } }),
    "sort manufacturer": () => ({ sort: { field: "manufacturer", direction: "asc" } }),
  };
  const searches = ["host-4242", "latitude #77", "thinkpd", "sn", "10.0.16.1", "00:10:92:aa:bb:cc"];
  const results: Record<string, ReturnType<typeof summarize>> = {};
  const run = (input: ListAssetsInput) =>
    withTenant(handle.db, world.tenantId, (db) => listAssets({ tenantId: world.tenantId, db, actor } as ServiceContext, { limit: 50, ...input }));
  for (const [name, make] of Object.entries(cases)) {
    await run(make(0));
    results[name] = summarize(await timeMany(iterations, (i) => run(make(i))));
  }
  await run({ filter: { search: searches[0] } });
  results["fuzzy search"] = summarize(await timeMany(iterations, (i) => run({ filter: { search: searches[i % searches.length] } })));
  const listCases = Object.entries(results).filter(([k]) => k !== "fuzzy search");
  return { assets: world.count, cases: results, worst_list_p95_ms: Math.max(...listCases.map(([, v]) => v.p95_ms)), search_p95_ms: results["fuzzy search"].p95_ms };
}
