import { createHash } from "node:crypto";
import { sql } from "drizzle-orm";
import { analyzeDatabase, type DatabaseHandle } from "../../db/client";
import { queryRows } from "../../db/rows";
import { insertCompanies, unsafeCreateTenant } from "../../db/seed/accounts";
import { demoCompanies } from "../../db/seed/demo-data";
import { createRandom } from "../../db/seed/random";
import { withTenant } from "../../db/tenant";
import type { ServiceContext } from "../../server/context";
import { ConflictError } from "../../server/errors";
import { createRelationship } from "../../server/services/relationships/create-relationship";
import { summarize, timeMany } from "./stats";

/** 2n − 4 edges: 100,000 edges among 50,002 assets. */
const ASSETS = 50_002;
const BATCH = 10_000;

/**
 * Asset number i has a uuid derived from the tenant and i, the same in SQL (`md5(text)::uuid`) and
 * here, so edges can be generated in SQL and random pairs picked in JS without reading ids back.
 */
const assetUuid = (tenantId: string, i: number) => {
  const hex = createHash("md5").update(`${tenantId}:${i}`).digest("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
};

/**
 * Edge inserts with their cycle check at 100,000 depends_on edges. Asset i depends on i/2 and
 * i/3 (integer division): a DAG in which every asset has a few dozen ancestors, and asset 1 has
 * all the others below it, so walking down from a child would cost up to the whole graph while
 * walking up from the parent stays small. Of the 300 timed inserts through the service, every
 * 25th closes a cycle on purpose (i/4 → i while i → i/2 → i/4 exists) and must be refused.
 */
export async function benchRelationships(handle: DatabaseHandle, calls = 300) {
  const { db } = handle;
  const tenant = await unsafeCreateTenant(db, { name: "Bench relationships", slug: `bench-rel-${Date.now()}` });
  const t = tenant.tenantId;
  const [company] = await insertCompanies(db, t, demoCompanies(createRandom(5), 1));
  const uuidOf = (i: ReturnType<typeof sql>) => sql`md5(${t} || ':' || ${i})::uuid`;

  const loadStarted = performance.now();
  await withTenant(db, t, async (tx) => {
    for (let from = 1; from <= ASSETS; from += BATCH) {
      const to = Math.min(ASSETS, from + BATCH - 1);
      await tx.execute(sql`
        insert into assets (tenant, asset_id, type_id, company_id, name, asset_tag, status)
        select ${t}::uuid, ${uuidOf(sql`i`)}, bt.type_id, ${company.companyId}, 'Bench asset ' || i, 'BR-' || i, 'deployed'
          from generate_series(${from}::int, ${to}::int) i
         cross join (select type_id from asset_types where tenant = ${t} and kind = 'server' and is_builtin) bt`);
    }
    for (let from = 1; from <= ASSETS; from += BATCH) {
      const to = Math.min(ASSETS, from + BATCH - 1);
      await tx.execute(sql`
        insert into asset_relationships (tenant, type_key, parent_asset_id, child_asset_id)
        select ${t}::uuid, 'depends_on', ${uuidOf(sql`(i / 2)`)}, ${uuidOf(sql`i`)} from generate_series(greatest(${from}::int, 2), ${to}::int) i
        union all
        select ${t}::uuid, 'depends_on', ${uuidOf(sql`(i / 3)`)}, ${uuidOf(sql`i`)} from generate_series(greatest(${from}::int, 4), ${to}::int) i`);
    }
  });
  const loadSeconds = Math.round((performance.now() - loadStarted) / 100) / 10;
  // Planner statistics for the new rows (PGlite has no autovacuum to take them).
  await analyzeDatabase(handle);
  const [{ edges }] = await withTenant(db, t, (tx) =>
    queryRows<{ edges: number }>(tx, sql`select count(*)::int as edges from asset_relationships where tenant = ${t}`),
  );

  const random = createRandom(42);
  const outcomes = { created: 0, refused_as_cycle: 0, duplicate: 0 };
  const insertOne = async (closeCycle: boolean) => {
    const parent = random.int(closeCycle ? 16 : 1, ASSETS);
    const child = closeCycle ? Math.floor(parent / 4) : random.int(1, ASSETS);
    if (parent === child) return;
    try {
      await withTenant(db, t, (tx) => {
        const ctx: ServiceContext = { tenantId: t, actor: { type: "system", label: "bench" }, db: tx };
        return createRelationship(ctx, { parentAssetId: assetUuid(t, parent), childAssetId: assetUuid(t, child), relationshipType: "depends_on" });
      });
      outcomes.created++;
    } catch (error) {
      if (!(error instanceof ConflictError)) throw error;
      if (/would create a cycle/.test(error.message)) outcomes.refused_as_cycle++;
      else outcomes.duplicate++;
    }
  };
  await timeMany(20, () => insertOne(false)); // warm-up: JIT, caches
  Object.assign(outcomes, { created: 0, refused_as_cycle: 0, duplicate: 0 });
  const samples = await timeMany(calls, (i) => insertOne(i % 25 === 24));
  const { p50_ms, p95_ms, max_ms } = summarize(samples);
  return { edges, assets: ASSETS, load_seconds: loadSeconds, insert_with_cycle_check: { p50_ms, p95_ms, max_ms }, outcomes };
}
