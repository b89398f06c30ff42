import { and, eq } from "drizzle-orm";
import type { Database } from "../../../db/client";
import { assetTypes } from "../../../db/schema";
import { withTenant } from "../../../db/tenant";
import { asActor, makeTwoTenants } from "../../../test/factories";
import { createAssetType } from "../asset-types/create-asset-type";

/**
 * Two tenants, plus in tenant A a custom "Laptop" type under the built-in Workstation with a
 * custom attribute schema: the world the asset service tests work in.
 */
export async function makeAssetWorld(db: Database) {
  const world = await makeTwoTenants(db);
  const { a } = world;
  const builtins = await withTenant(db, a.tenantId, (tx) =>
    tx.select().from(assetTypes).where(and(eq(assetTypes.tenant, a.tenantId), eq(assetTypes.isBuiltin, true))),
  );
  const builtin = (kind: string) => builtins.find((t) => t.kind === kind)!;
  const laptop = await asActor(db, a.tenantId, a.admin.actor, (ctx) =>
    createAssetType(ctx, {
      parentTypeId: builtin("workstation").typeId,
      name: "Laptop",
      attributesSchema: [
        { key: "screen_inches", label: "Screen size", kind: "number", min: 10, max: 20, unit: "in" },
        { key: "dock", label: "Dock", kind: "select", options: ["usb-c", "thunderbolt", "none"], default: "none" },
        { key: "encrypted", label: "Disk encrypted", kind: "boolean", required: true },
      ],
    }),
  );
  return { ...world, types: { laptop, workstation: builtin("workstation"), server: builtin("server"), printer: builtin("printer"), other: builtin("other"), network: builtin("network_device") } };
}
