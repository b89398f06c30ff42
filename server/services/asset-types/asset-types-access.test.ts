import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { makeTwoTenants } from "../../../test/factories";
import { useTestDatabase } from "../../../test/db";
import { ForbiddenError, NotFoundError, ValidationError } from "../../errors";
import { as, errorOf, typesByName } from "./asset-type-fixtures";
import { createAssetType } from "./create-asset-type";
import { deleteAssetType } from "./delete-asset-type";
import { getAssetType } from "./get-asset-type";
import { listAssetTypes } from "./list-asset-types";
import { updateAssetType } from "./update-asset-type";

const database = useTestDatabase();

describe("asset types: tenants and roles", () => {
  it("answers NOT_FOUND for another tenant's type and cannot build under it", async () => {
    const { db } = database.current;
    const { a, b } = await makeTwoTenants(db);
    const bTypes = await typesByName(db, b);
    const theirs = await as(db, b, (ctx) => createAssetType(ctx, { parentTypeId: bTypes.Server.typeId, name: "Blade" }));
    const failures = [
      await errorOf(as(db, a, (ctx) => getAssetType(ctx, { typeId: theirs.typeId }))),
      await errorOf(as(db, a, (ctx) => updateAssetType(ctx, { typeId: theirs.typeId, data: { name: "Mine" } }))),
      await errorOf(as(db, a, (ctx) => deleteAssetType(ctx, { typeId: theirs.typeId }))),
    ];
    for (const failure of failures) expect(failure).toBeInstanceOf(NotFoundError);
    expect(failures[0].message).toBe(`Asset type ${theirs.typeId} was not found`);
    const under = await errorOf(as(db, a, (ctx) => createAssetType(ctx, { parentTypeId: theirs.typeId, name: "Sneaky" })));
    expect(under).toBeInstanceOf(ValidationError);
    expect(under.message).toBe("parentTypeId: must be an existing asset type");
    const mine = await typesByName(db, a);
    expect(Object.keys(mine)).not.toContain("Sneaky");
    expect(Object.keys(mine)).not.toContain("Blade");
    expect((await typesByName(db, b)).Blade.name).toBe("Blade");
    const ghost = randomUUID();
    expect((await errorOf(as(db, a, (ctx) => getAssetType(ctx, { typeId: ghost })))).message).toBe(
      `Asset type ${ghost} was not found`,
    );
  });

  it("lets staff read, only admins manage, and client users not even read", async () => {
    const { db } = database.current;
    const { a } = await makeTwoTenants(db);
    const builtIn = await typesByName(db, a);
    const create = { parentTypeId: builtIn.Workstation.typeId, name: "Nope" };
    const denied = [
      await errorOf(as(db, a, (ctx) => createAssetType(ctx, create), a.technician.actor)),
      await errorOf(as(db, a, (ctx) => createAssetType(ctx, create), a.viewer.actor)),
      await errorOf(
        as(db, a, (ctx) => updateAssetType(ctx, { typeId: create.parentTypeId, data: { description: "x" } }), a.technician.actor),
      ),
      await errorOf(as(db, a, (ctx) => deleteAssetType(ctx, { typeId: create.parentTypeId }), a.viewer.actor)),
      await errorOf(as(db, a, (ctx) => listAssetTypes(ctx), a.client.actor)),
      await errorOf(as(db, a, (ctx) => getAssetType(ctx, { typeId: create.parentTypeId }), a.client.actor)),
    ];
    for (const error of denied) expect(error).toBeInstanceOf(ForbiddenError);
    expect(denied[0].message).toBe("You do not have permission to do this (asset_types.manage)");
    expect(denied[4].message).toBe("You do not have permission to do this (assets.read)");
    expect((await as(db, a, (ctx) => listAssetTypes(ctx), a.viewer.actor)).map((t) => t.name)).not.toContain("Nope");
  });
});
