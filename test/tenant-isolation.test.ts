import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { queryRows } from "../db/rows";
import { apiTokens, auditLog, companies, contacts, featureFlags, locations, tenantMemberships, tenants } from "../db/schema";
import { withTenant } from "../db/tenant";
import { createToken } from "../server/services/tokens/tokens";
import { apiClient, errorCodeOf, makeTestApp, sessionCookieFor } from "./app";
import { useTestDatabase } from "./db";
import { asActor, makeTwoTenants } from "./factories";

const database = useTestDatabase();

describe("tenant isolation through the API", () => {
  it("a user of tenant B asking for tenant A's company by id gets NOT_FOUND, and lists never show it", async () => {
    const { db } = database.current;
    const app = makeTestApp(database.current);
    const { a, b } = await makeTwoTenants(db);
    const target = a.companies[0];
    const client = apiClient(app, { cookie: await sessionCookieFor(app, b.admin.userId, b.tenantId) });

    expect(await errorCodeOf(client.companies.get.query({ companyId: target.companyId }))).toBe("NOT_FOUND");
    expect(await errorCodeOf(client.companies.update.mutate({ companyId: target.companyId, data: { name: "Hijacked" } }))).toBe("NOT_FOUND");
    const listed = await client.companies.list.query({ limit: 200 });
    expect(listed.items.map((c) => c.companyId)).not.toContain(target.companyId);
    expect(listed.items.length).toBe(b.companies.length);
    const searched = await client.companies.list.query({ search: target.name });
    expect(searched.items).toHaveLength(0);
    // The owner still sees it, unchanged.
    const owner = apiClient(app, { cookie: await sessionCookieFor(app, a.admin.userId, a.tenantId) });
    expect((await owner.companies.get.query({ companyId: target.companyId })).name).toBe(target.name);
  });

  it("a token of tenant B gets NOT_FOUND for tenant A's company", async () => {
    const { db } = database.current;
    const app = makeTestApp(database.current);
    const { a, b } = await makeTwoTenants(db);
    const { token } = await asActor(db, b.tenantId, b.admin.actor, (ctx) => createToken(ctx, { name: "b-service", scopes: ["read"] }));
    const client = apiClient(app, { token });
    expect(await errorCodeOf(client.companies.get.query({ companyId: a.companies[0].companyId }))).toBe("NOT_FOUND");
    const listed = await client.companies.list.query({ limit: 200 });
    expect(listed.items.map((c) => c.companyId).sort()).toEqual(b.companies.map((c) => c.companyId).sort());
  });

  it("a session cannot be pointed at a tenant the person is not a member of", async () => {
    const { db } = database.current;
    const app = makeTestApp(database.current);
    const { a, b } = await makeTwoTenants(db);
    // A session row claiming tenant A for a member of B only falls back to B's membership.
    const client = apiClient(app, { cookie: await sessionCookieFor(app, b.admin.userId, a.tenantId) });
    const me = await client.me.get.query();
    expect(me.kind === "user" && me.activeTenantId).toBe(b.tenantId);
    expect(await errorCodeOf(client.companies.get.query({ companyId: a.companies[0].companyId }))).toBe("NOT_FOUND");
  });
});

describe("tenant isolation in the database", () => {
  // test/every-tenant-table.test.ts does this for every tenant table, with rows of A in each.
  it("inside withTenant(B), a query with no WHERE clause returns no row of tenant A", async () => {
    const { db } = database.current;
    const { a, b } = await makeTwoTenants(db);
    const tables = { companies, locations, contacts, apiTokens, featureFlags, auditLog, tenantMemberships };
    await withTenant(db, b.tenantId, async (tx) => {
      for (const [name, table] of Object.entries(tables)) {
        const rows = await tx.select({ tenant: table.tenant }).from(table);
        expect(rows.filter((r) => r.tenant === a.tenantId), `${name} leaked rows of A`).toHaveLength(0);
      }
      const visibleTenants = await tx.select().from(tenants);
      expect(visibleTenants.map((t) => t.tenantId)).toEqual([b.tenantId]);
    });
  });

  it("an INSERT carrying another tenant's id is refused by the policy", async () => {
    const { db } = database.current;
    const { a, b } = await makeTwoTenants(db);
    await expect(
      withTenant(db, b.tenantId, (tx) => tx.insert(companies).values({ tenant: a.tenantId, name: "Smuggled Ltd" })),
    ).rejects.toThrow();
    await expect(
      withTenant(db, b.tenantId, (tx) => tx.update(companies).set({ notes: "Renamed by B" }).where(sql`true`).returning({ tenant: companies.tenant })),
    ).resolves.toSatisfy((rows: { tenant: string }[]) => rows.every((r) => r.tenant === b.tenantId));
    const stillThere = await withTenant(db, a.tenantId, (tx) => tx.select().from(companies));
    expect(stillThere.map((c) => c.notes)).not.toContain("Renamed by B");
    expect(stillThere.map((c) => c.name)).not.toContain("Smuggled Ltd");
  });

  it("queries run as the non-owner application role, which cannot bypass RLS", async () => {
    const { db } = database.current;
    const { b } = await makeTwoTenants(db);
    const [row] = await withTenant(db, b.tenantId, (tx) =>
      queryRows<{ role: string; bypass: boolean; superuser: boolean }>(
        tx,
        sql`select current_user as role, r.rolbypassrls as bypass, r.rolsuper as superuser from pg_roles r where r.rolname = current_user`,
      ),
    );
    expect(row).toEqual({ role: "tessera_app", bypass: false, superuser: false });
  });

  it("with no tenant set, tenant tables show nothing", async () => {
    const { db } = database.current;
    await makeTwoTenants(db);
    const rows = await withTenant(db, "00000000-0000-4000-8000-000000000000", (tx) => tx.select().from(companies));
    expect(rows).toHaveLength(0);
  });

  it("every tenant table (a table with a tenant column) has RLS enabled and a policy", async () => {
    const { db } = database.current;
    const rows = await queryRows<{ table_name: string; rls: boolean; policies: number }>(
      db,
      sql`select c.relname as table_name, c.relrowsecurity as rls,
                 (select count(*)::int from pg_policies p where p.schemaname = 'public' and p.tablename = c.relname) as policies
            from pg_class c join pg_namespace n on n.oid = c.relnamespace
           where n.nspname = 'public' and c.relkind = 'r'
             and exists (select 1 from information_schema.columns col
                          where col.table_schema = 'public' and col.table_name = c.relname and col.column_name = 'tenant')`,
    );
    expect(rows.length).toBeGreaterThanOrEqual(7);
    const unprotected = rows.filter((r) => !r.rls || r.policies === 0).map((r) => r.table_name);
    expect(unprotected).toEqual([]);
  });

  it("every tenant table leads its primary key with tenant", async () => {
    const { db } = database.current;
    const rows = await queryRows<{ table_name: string; first_column: string }>(
      db,
      sql`select tc.table_name, kcu.column_name as first_column
            from information_schema.table_constraints tc
            join information_schema.key_column_usage kcu
              on kcu.constraint_name = tc.constraint_name and kcu.table_schema = tc.table_schema and kcu.ordinal_position = 1
           where tc.table_schema = 'public' and tc.constraint_type = 'PRIMARY KEY'
             and exists (select 1 from information_schema.columns col
                          where col.table_schema = 'public' and col.table_name = tc.table_name and col.column_name = 'tenant')`,
    );
    expect(rows.filter((r) => r.first_column !== "tenant")).toEqual([]);
  });
});
