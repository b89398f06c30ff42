// Test helpers for the asset type suites (imported by *.test.ts only).
import { and, eq, inArray } from "drizzle-orm";
import type { Database } from "../../../db/client";
import { assets } from "../../../db/schema";
import { withTenant } from "../../../db/tenant";
import { asActor, makeAssets, type makeTwoTenants } from "../../../test/factories";
import type { Actor } from "../../context";
import { listAssetTypes } from "./list-asset-types";

export type Tenant = Awaited<ReturnType<typeof makeTwoTenants>>["a"];

/** Runs one service call as the tenant's admin (or another actor). */
export const as = <T>(
  db: Database,
  tenant: { tenantId: string; admin: { actor: Actor } },
  fn: Parameters<typeof asActor<T>>[3],
  actor?: Actor,
) => asActor(db, tenant.tenantId, actor ?? tenant.admin.actor, fn);

/** The tenant's types by name (built-in and custom). */
export { errorOf } from "../../../test/factories";

export async function typesByName(db: Database, tenant: { tenantId: string; admin: { actor: Actor } }) {
  const list = await as(db, tenant, (ctx) => listAssetTypes(ctx));
  return Object.fromEntries(list.map((t) => [t.name, t]));
}

/**
 * Assets of any type with given attributes: inserted by the factory (built-in types, no
 * attributes), then moved to the type and given values directly, as stored data that the
 * services did not check.
 */
export async function assetsOfType(
  db: Database,
  tenant: Tenant,
  typeId: string,
  specs: { name: string; attributes: Record<string, unknown> }[],
) {
  const made = await makeAssets(
    db,
    tenant.tenantId,
    tenant.companies[0].companyId,
    specs.map((s) => ({ name: s.name })),
  );
  await withTenant(db, tenant.tenantId, async (tx) => {
    for (const [i, asset] of made.entries()) {
      await tx
        .update(assets)
        .set({ typeId, attributes: specs[i].attributes })
        .where(and(eq(assets.tenant, tenant.tenantId), eq(assets.assetId, asset.assetId)));
    }
  });
  return made;
}

/** The stored attributes of assets, by name. */
export async function storedAttributes(db: Database, tenantId: string, assetIds: string[]) {
  const rows = await withTenant(db, tenantId, (tx) =>
    tx.select({ name: assets.name, attributes: assets.attributes }).from(assets).where(inArray(assets.assetId, assetIds)),
  );
  return Object.fromEntries(rows.map((r) => [r.name, r.attributes]));
}
