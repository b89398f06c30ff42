import { describe, expect, it } from "vitest";
import { useTestDatabase } from "../../../test/db";
import { asActor } from "../../../test/factories";
import { assetAsOf } from "../history/as-of";
import { historyForAsset } from "../history/list-history";
import { makeAssetWorld } from "./asset-test-world";
import { createAsset } from "./create-asset";
import { getAsset } from "./get-asset";
import { updateAsset } from "./update-asset";
import { listAssets } from "./list-assets";

const database = useTestDatabase();

describe("assets: create and read", () => {
  it("creates a laptop with extension data and attributes, and reads it back in one shape", async () => {
    const { db } = database.current;
    const { a, types } = await makeAssetWorld(db);
    const company = a.companies[0];
    const created = await asActor(db, a.tenantId, a.technician.actor, (ctx) =>
      createAsset(ctx, {
        typeId: types.laptop.typeId,
        companyId: company.companyId,
        name: "Dell Latitude 5420 (Reception)",
        serialNumber: " 5cg-1234 xyz ",
        hostname: "NW-LT-042.corp.example.com",
        macAddresses: ["AA-BB-CC-DD-EE-01", "aabb.ccdd.ee01"],
        ipAddresses: ["10.0.0.42"],
        warrantyEnd: "2027-03-31",
        purchaseCost: 1249.5,
        currency: "usd",
        tags: ["VIP", "vip", "front desk"],
        extension: { osName: "Windows 11 Pro", ramMb: 16384, cpuCores: 8 },
        attributes: { screen_inches: 14, encrypted: true },
      }),
    );
    expect(created).toMatchObject({
      kind: "workstation",
      typeName: "Laptop",
      companyName: company.name,
      status: "deployed",
      serialNormalized: "5CG1234XYZ",
      hostnameNormalized: "nw-lt-042",
      macAddresses: ["aa:bb:cc:dd:ee:01"],
      currency: "USD",
      purchaseCost: 1249.5,
      tags: ["vip", "front desk"],
      extension: expect.objectContaining({ osName: "Windows 11 Pro", ramMb: 16384, cpuCores: 8 }),
      attributes: { screen_inches: 14, encrypted: true, dock: "none" },
    });
    expect(created.assetTag).toMatch(/^AST-\d{6}$/);
    const read = await asActor(db, a.tenantId, a.viewer.actor, (ctx) => getAsset(ctx, { assetId: created.assetId }));
    expect(read).toEqual(created);

    const history = await asActor(db, a.tenantId, a.viewer.actor, (ctx) => historyForAsset(ctx, { assetId: created.assetId }));
    expect(history.items).toHaveLength(1);
    expect(history.items[0]).toMatchObject({ changeType: "created", actorLabel: a.technician.email, source: "ui" });
    expect(history.items[0].diff).toMatchObject({
      name: { from: null, to: "Dell Latitude 5420 (Reception)" },
      "extension.ramMb": { from: null, to: 16384 },
      "attributes.dock": { from: null, to: "none" },
    });
  });

  it("generates sequential tags and treats OEM placeholder serials as blank", async () => {
    const { db } = database.current;
    const { a, types } = await makeAssetWorld(db);
    const make = (name: string, serialNumber: string) =>
      asActor(db, a.tenantId, a.admin.actor, (ctx) => createAsset(ctx, { typeId: types.server.typeId, companyId: a.companies[0].companyId, name, serialNumber }));
    const one = await make("Server one", "To be filled by O.E.M.");
    const two = await make("Server two", "Default string");
    expect(one.serialNormalized).toBeNull();
    expect(two.serialNormalized).toBeNull();
    expect(Number(two.assetTag.slice(4))).toBe(Number(one.assetTag.slice(4)) + 1);
  });

  it("refuses a duplicate serial or tag, naming the asset that has it, and writes nothing", async () => {
    const { db } = database.current;
    const { a, types } = await makeAssetWorld(db);
    const base = { typeId: types.server.typeId, companyId: a.companies[0].companyId };
    const first = await asActor(db, a.tenantId, a.admin.actor, (ctx) => createAsset(ctx, { ...base, name: "FS01", serialNumber: "CZ2-1234", assetTag: "NW-100" }));
    await expect(asActor(db, a.tenantId, a.admin.actor, (ctx) => createAsset(ctx, { ...base, name: "FS02", serialNumber: "cz21234" }))).rejects.toThrow(
      `serialNumber: serial cz21234 is already used by asset NW-100 “FS01”`,
    );
    await expect(asActor(db, a.tenantId, a.admin.actor, (ctx) => createAsset(ctx, { ...base, name: "FS03", assetTag: "nw-100" }))).rejects.toThrow(
      /^assetTag: nw-100 is already the tag of asset NW-100 “FS01”/,
    );
    const listed = await asActor(db, a.tenantId, a.admin.actor, (ctx) => listAssets(ctx, {}));
    expect(listed.items.map((i) => i.assetId)).toEqual([first.assetId]);
  });

  it("refuses attributes and extension fields that break the rules, naming field and rule", async () => {
    const { db } = database.current;
    const { a, types } = await makeAssetWorld(db);
    const base = { typeId: types.laptop.typeId, companyId: a.companies[0].companyId, name: "Bad laptop" };
    const attempt = (extra: Record<string, unknown>) => asActor(db, a.tenantId, a.admin.actor, (ctx) => createAsset(ctx, { ...base, ...extra }));
    await expect(attempt({ attributes: { screen_inches: 30, encrypted: true } })).rejects.toThrow(/attributes\.screen_inches: must be at most 20/);
    await expect(attempt({ attributes: {} })).rejects.toThrow(/attributes\.encrypted: is required/);
    await expect(attempt({ attributes: { encrypted: true, colour: "red" } })).rejects.toThrow(/colour/);
    await expect(attempt({ attributes: { encrypted: true }, extension: { ramMb: -1 } })).rejects.toThrow(/extension\.ramMb: must not be negative/);
    await expect(attempt({ attributes: { encrypted: true }, extension: { imei: "1" } })).rejects.toThrow(/extension: unknown field\(s\) for workstation: imei/);
    await expect(attempt({ attributes: { encrypted: true }, macAddresses: ["nope"] })).rejects.toThrow(/macAddresses\.0: "nope" is not a MAC address/);
    await expect(attempt({ attributes: { encrypted: true }, status: "flying" })).rejects.toThrow(/status: "flying" is not a status/);
    await expect(attempt({ attributes: { encrypted: true }, locationId: "00000000-0000-4000-8000-000000000000" })).rejects.toThrow(/locationId: must be a location of the asset's company/);
    const listed = await asActor(db, a.tenantId, a.admin.actor, (ctx) => listAssets(ctx, {}));
    expect(listed.items).toHaveLength(0);
  });
});

describe("assets: update and history", () => {
  it("records a diff with core, extension and attribute fields, and rebuilds the asset as it was", async () => {
    const { db } = database.current;
    const { a, types } = await makeAssetWorld(db);
    const created = await asActor(db, a.tenantId, a.admin.actor, (ctx) =>
      createAsset(ctx, { typeId: types.laptop.typeId, companyId: a.companies[0].companyId, name: "LT-1", extension: { ramMb: 8192 }, attributes: { encrypted: false } }),
    );
    const between = new Date();
    await new Promise((r) => setTimeout(r, 5));
    const updated = await asActor(db, a.tenantId, a.technician.actor, (ctx) =>
      updateAsset(ctx, { assetId: created.assetId, data: { name: "LT-1 (Finance)", extension: { ramMb: 16384 }, attributes: { encrypted: true } } }),
    );
    expect(updated).toMatchObject({ name: "LT-1 (Finance)", extension: expect.objectContaining({ ramMb: 16384 }), attributes: { encrypted: true, dock: "none" } });
    const history = await asActor(db, a.tenantId, a.viewer.actor, (ctx) => historyForAsset(ctx, { assetId: created.assetId }));
    expect(history.items[0]).toMatchObject({
      changeType: "updated",
      diff: {
        name: { from: "LT-1", to: "LT-1 (Finance)" },
        "extension.ramMb": { from: 8192, to: 16384 },
        "attributes.encrypted": { from: false, to: true },
      },
    });
    const then = await asActor(db, a.tenantId, a.viewer.actor, (ctx) => assetAsOf(ctx, { assetId: created.assetId, at: between }));
    expect(then).toMatchObject({ exists: true, core: { name: "LT-1" }, extension: { ramMb: 8192 }, attributes: { encrypted: false } });
    const now = await asActor(db, a.tenantId, a.viewer.actor, (ctx) => assetAsOf(ctx, { assetId: created.assetId, at: new Date() }));
    expect(now.core.name).toBe("LT-1 (Finance)");
    // An unchanged update writes no history.
    await asActor(db, a.tenantId, a.technician.actor, (ctx) => updateAsset(ctx, { assetId: created.assetId, data: { name: "LT-1 (Finance)" } }));
    expect((await asActor(db, a.tenantId, a.viewer.actor, (ctx) => historyForAsset(ctx, { assetId: created.assetId }))).items).toHaveLength(2);
  });

  it("follows the lifecycle: allowed transitions pass, others are refused naming the allowed ones", async () => {
    const { db } = database.current;
    const { a, types } = await makeAssetWorld(db);
    const asset = await asActor(db, a.tenantId, a.admin.actor, (ctx) => createAsset(ctx, { typeId: types.server.typeId, companyId: a.companies[0].companyId, name: "Old box" }));
    const retire = await asActor(db, a.tenantId, a.admin.actor, (ctx) => updateAsset(ctx, { assetId: asset.assetId, data: { status: "retired" } }));
    expect(retire.status).toBe("retired");
    await expect(asActor(db, a.tenantId, a.admin.actor, (ctx) => updateAsset(ctx, { assetId: asset.assetId, data: { status: "deployed" } }))).rejects.toThrow(
      "status: cannot change from retired to deployed; allowed from retired: in_stock, disposed, lost",
    );
    const history = await asActor(db, a.tenantId, a.viewer.actor, (ctx) => historyForAsset(ctx, { assetId: asset.assetId }));
    expect(history.items[0]).toMatchObject({ changeType: "status_changed", diff: { status: { from: "deployed", to: "retired" } } });
  });

  it("moving an asset to another company clears its location", async () => {
    const { db } = database.current;
    const { a, types } = await makeAssetWorld(db);
    const { listLocations } = await import("../locations/list-locations");
    const [site] = await asActor(db, a.tenantId, a.admin.actor, (ctx) => listLocations(ctx, { companyId: a.companies[0].companyId }));
    const asset = await asActor(db, a.tenantId, a.admin.actor, (ctx) =>
      createAsset(ctx, { typeId: types.printer.typeId, companyId: a.companies[0].companyId, locationId: site.locationId, name: "HP LaserJet" }),
    );
    const moved = await asActor(db, a.tenantId, a.admin.actor, (ctx) => updateAsset(ctx, { assetId: asset.assetId, data: { companyId: a.companies[1].companyId } }));
    expect(moved).toMatchObject({ companyId: a.companies[1].companyId, locationId: null });
  });
});
