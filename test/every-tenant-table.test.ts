import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import type { Database } from "../db/client";
import { queryRows } from "../db/rows";
import { withTenant } from "../db/tenant";
import { makeAssetWorld } from "../server/services/assets/asset-test-world";
import { createAsset } from "../server/services/assets/create-asset";
import { setFlag } from "../server/services/flags/flags";
import { completeMaintenance } from "../server/services/maintenance/complete-maintenance";
import { createSchedule } from "../server/services/maintenance/create-schedule";
import { createRelationship } from "../server/services/relationships/create-relationship";
import { createToken } from "../server/services/tokens/tokens";
import { useTestDatabase } from "./db";
import { actingAs, type ServiceRunner } from "./factories";

const database = useTestDatabase();

/** One of everything a tenant can own, written through the services. */
async function fillTenant(run: ServiceRunner, companyId: string, typeIds: Record<string, string>) {
  await run((ctx) => createToken(ctx, { name: "probe", scopes: ["read"] }));
  await run((ctx) => setFlag(ctx, { key: "client_portal", enabled: true }));
  const extensions: Record<string, Record<string, unknown>> = {
    workstation: { osName: "Windows 11 Pro" },
    server: { osName: "Ubuntu Server" },
    network: { deviceType: "switch" },
    mobile: { carrier: "Verizon" },
    printer: { color: true },
  };
  const made: { assetId: string }[] = [];
  for (const [kind, extension] of Object.entries(extensions)) {
    made.push(
      await run((ctx) =>
        createAsset(ctx, { typeId: typeIds[kind], companyId, name: `Probe ${kind}`, extension, externalIds: [{ source: "probe", externalId: `${kind}-${companyId}` }] }),
      ),
    );
  }
  await run((ctx) => createRelationship(ctx, { parentAssetId: made[0].assetId, childAssetId: made[1].assetId, relationshipType: "depends_on" }));
  const schedule = await run((ctx) => createSchedule(ctx, { assetId: made[1].assetId, title: "Patch", maintenanceType: "update", frequency: "monthly", startsOn: "2026-01-05" }));
  await run((ctx) => completeMaintenance(ctx, { assetId: made[1].assetId, scheduleId: schedule.scheduleId, outcome: "completed" }));
}

async function tenantTables(db: Database): Promise<string[]> {
  const rows = await queryRows<{ table_name: string }>(
    db,
    sql`select table_name from information_schema.columns where table_schema = 'public' and column_name = 'tenant' order by table_name`,
  );
  return rows.map((r) => r.table_name);
}

describe("every tenant table", () => {
  it("holds rows of both tenants, and inside withTenant(B) not one row of A is visible", async () => {
    const { db } = database.current;
    const { a, b } = await makeAssetWorld(db);
    const bTypes = await withTenant(db, b.tenantId, (tx) => queryRows<{ kind: string; type_id: string }>(tx, sql`select kind, type_id from asset_types where is_builtin`));
    const byKind = (rows: { kind: string; type_id: string }[]) => {
      const of = (k: string) => rows.find((r) => r.kind === k)!.type_id;
      return { workstation: of("workstation"), server: of("server"), network: of("network_device"), mobile: of("mobile_device"), printer: of("printer") };
    };
    const aTypes = await withTenant(db, a.tenantId, (tx) => queryRows<{ kind: string; type_id: string }>(tx, sql`select kind, type_id from asset_types where is_builtin`));
    await fillTenant(actingAs(db, a.tenantId, a.admin.actor), a.companies[0].companyId, byKind(aTypes));
    await fillTenant(actingAs(db, b.tenantId, b.admin.actor), b.companies[0].companyId, byKind(bTypes));

    const tables = await tenantTables(db);
    expect(tables.length).toBeGreaterThanOrEqual(20);
    for (const table of tables) {
      // As the owner (no RLS): A really has rows here, so the check below can catch a leak.
      const [{ n }] = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from ${sql.identifier(table)} where tenant = ${a.tenantId}`);
      expect(n, `the fixture writes no row of A into ${table}: extend fillTenant`).toBeGreaterThan(0);
      const seen = await withTenant(db, b.tenantId, (tx) => queryRows<{ tenant: string }>(tx, sql`select tenant from ${sql.identifier(table)}`));
      expect(seen.length, `${table} shows B nothing of its own`).toBeGreaterThan(0);
      expect(seen.filter((r) => r.tenant === a.tenantId), `${table} leaked rows of A`).toHaveLength(0);
    }
  });
});
