import { and, asc, eq } from "drizzle-orm";
import type { Database } from "../../../db/client";
import { assetHistory } from "../../../db/schema";
import { withTenant } from "../../../db/tenant";
import { asActor, makeAssets, makeTwoTenants } from "../../../test/factories";
import type { Actor, ServiceContext } from "../../context";

// Shared set-up of the maintenance suites: two tenants, assets in two companies of the first and
// one in the second, and shorthands to act as each role.

export async function makeMaintenanceWorld(db: Database) {
  const tenants = await makeTwoTenants(db);
  const { a, b } = tenants;
  const [server, printer] = await makeAssets(db, a.tenantId, a.companies[0].companyId, [{ name: "SRV-01" }, { name: "PRN-01", kind: "printer" }]);
  const [workstation] = await makeAssets(db, a.tenantId, a.companies[1].companyId, [{ name: "WS-02", kind: "workstation" }]);
  const [foreign] = await makeAssets(db, b.tenantId, b.companies[0].companyId, [{ name: "B-SRV" }]);
  const as = (actor: Actor) => <T>(fn: (ctx: ServiceContext) => Promise<T>) => asActor(db, a.tenantId, actor, fn);
  return {
    ...tenants,
    server,
    printer,
    workstation,
    foreign,
    asTech: as(a.technician.actor),
    asViewer: as(a.viewer.actor),
    asClient: as(a.client.actor),
    as,
    asB: <T>(fn: (ctx: ServiceContext) => Promise<T>) => asActor(db, b.tenantId, b.admin.actor, fn),
  };
}

/** An asset's history rows in the order written. */
export function historyOf(db: Database, tenantId: string, assetId: string) {
  return withTenant(db, tenantId, (tx) =>
    tx
      .select()
      .from(assetHistory)
      .where(and(eq(assetHistory.tenant, tenantId), eq(assetHistory.assetId, assetId)))
      .orderBy(asc(assetHistory.at), asc(assetHistory.historyId)),
  );
}

/** A calendar date `days` from today (UTC), as the services measure "today". */
export function fromToday(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}
