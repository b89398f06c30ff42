import { analyzeDatabase, type DatabaseHandle } from "../../db/client";
import { insertCompanies, unsafeCreateTenant } from "../../db/seed/accounts";
import { demoCompanies } from "../../db/seed/demo-data";
import { createRandom } from "../../db/seed/random";
import { createToken } from "../../server/services/tokens/tokens";
import { withTenant } from "../../db/tenant";
import { apiClient, makeTestApp } from "../../test/app";
import { summarize, timeMany } from "./stats";

/**
 * companies.list through the real tRPC handler (token auth, withTenant, service, superjson) with
 * 1,000 companies in the tenant: first page, a search, and a page deep in the keyset.
 */
export async function benchCompaniesList(database: DatabaseHandle, iterations = 300) {
  const { db } = database;
  const tenant = await unsafeCreateTenant(db, { name: "Bench MSP", slug: `bench-${Date.now()}` });
  const base = demoCompanies(createRandom(99), 50);
  const companies = Array.from({ length: 1000 }, (_, i) => {
    const c = base[i % base.length];
    return { ...c, name: `${c.name} ${String(i).padStart(4, "0")}`, code: `B${i}` };
  });
  for (let i = 0; i < companies.length; i += 250) await insertCompanies(db, tenant.tenantId, companies.slice(i, i + 250));
  // Planner statistics, as the app keeps them after seeding (PGlite has no autovacuum to do it).
  await analyzeDatabase(database);
  const { token } = await withTenant(db, tenant.tenantId, (tx) =>
    createToken({ tenantId: tenant.tenantId, db: tx, actor: { type: "system", label: "bench" } }, { name: "bench", scopes: ["read"] }),
  );
  const app = makeTestApp(database);
  const client = apiClient(app, { token });
  let cursor: string | null = null;
  for (let page = 0; page < 10; page++) cursor = (await client.companies.list.query({ limit: 50, cursor })).nextCursor;
  const deepCursor = cursor;

  await timeMany(30, () => client.companies.list.query({ limit: 50 })); // warm-up
  const firstPage = await timeMany(iterations, () => client.companies.list.query({ limit: 50 }));
  const search = await timeMany(iterations, (i) => client.companies.list.query({ limit: 50, search: ["dental", "law", "0042", "river"][i % 4] }));
  const deep = await timeMany(iterations, () => client.companies.list.query({ limit: 50, cursor: deepCursor }));
  return {
    companies: companies.length,
    first_page: summarize(firstPage),
    search: summarize(search),
    page_11: summarize(deep),
    all: summarize([...firstPage, ...search, ...deep]),
  };
}
