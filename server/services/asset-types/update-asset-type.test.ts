import { describe, expect, it } from "vitest";
import type { AttributeField } from "../../../db/schema/asset-types";
import { makeTwoTenants } from "../../../test/factories";
import { useTestDatabase } from "../../../test/db";
import { ValidationError } from "../../errors";
import { listAudit } from "../audit/list-audit";
import { as, assetsOfType, errorOf, storedAttributes, typesByName } from "./asset-type-fixtures";
import { createAssetType } from "./create-asset-type";
import { getAssetType } from "./get-asset-type";
import { updateAssetType } from "./update-asset-type";

const database = useTestDatabase();

const ram: AttributeField = { key: "ram_gb", label: "RAM", kind: "integer", min: 1, max: 512 };
const tier: AttributeField = { key: "tier", label: "Tier", kind: "select", options: ["gold", "silver"] };

/** Workstation › Laptop (ram 4..64, tier) › Rugged (ram required), and Desktop beside Laptop. */
async function workstationTree(db: Parameters<typeof as>[0], a: Awaited<ReturnType<typeof makeTwoTenants>>["a"]) {
  const builtIn = await typesByName(db, a);
  const ws = builtIn.Workstation;
  const laptop = await as(db, a, (ctx) =>
    createAssetType(ctx, { parentTypeId: ws.typeId, name: "Laptop", attributesSchema: [{ ...ram, min: 4, max: 64 }, tier] }),
  );
  const rugged = await as(db, a, (ctx) =>
    createAssetType(ctx, {
      parentTypeId: laptop.typeId,
      name: "Rugged",
      attributesSchema: [{ ...ram, min: 4, max: 64, required: true }],
    }),
  );
  const desktop = await as(db, a, (ctx) => createAssetType(ctx, { parentTypeId: ws.typeId, name: "Desktop" }));
  return { builtIn, ws, laptop, rugged, desktop };
}

describe("updating asset types", () => {
  it("tightens inherited fields and refuses loosening, naming the field and the defining type", async () => {
    const { db } = database.current;
    const { a } = await makeTwoTenants(db);
    const { laptop, rugged } = await workstationTree(db, a);
    const tightened = await as(db, a, (ctx) =>
      updateAssetType(ctx, {
        typeId: rugged.typeId,
        data: {
          attributesSchema: [
            { ...ram, min: 8, max: 32, required: true },
            { ...tier, options: ["gold"] },
          ],
        },
      }),
    );
    expect(tightened.invalidAssets).toEqual({ count: 0, sample: [] });
    const loosen = (typeId: string, attributesSchema: AttributeField[]) =>
      errorOf(as(db, a, (ctx) => updateAssetType(ctx, { typeId, data: { attributesSchema } })));
    const refused = await loosen(rugged.typeId, [
      { ...ram, min: 8, max: 128, required: true },
      { ...tier, options: ["gold", "bronze"] },
    ]);
    expect(refused).toBeInstanceOf(ValidationError);
    expect(refused.message).toBe(
      'attributesSchema.0.max: must be at most 64: "Laptop" sets that maximum for "ram_gb"; ' +
        'attributesSchema.1.options: may only keep options "Laptop" offers for "tier" (gold, silver), not bronze',
    );
    // Tightening Laptop past what Rugged allows would make Rugged loosen it: refused on Laptop's field.
    const below = await loosen(laptop.typeId, [{ ...ram, min: 16, max: 64 }, tier]);
    expect(below.message).toBe(
      'attributesSchema.0.min: conflicts with the sub-type "Rugged": must be at least 16: "Laptop" sets that minimum for "ram_gb"',
    );
    const created = await errorOf(
      as(db, a, (ctx) =>
        createAssetType(ctx, { parentTypeId: laptop.typeId, name: "Loose", attributesSchema: [{ ...ram, kind: "number" }] }),
      ),
    );
    expect(created.message).toBe('attributesSchema.0.kind: must stay integer: "Laptop" defines "ram_gb" as integer');
    const after = await as(db, a, (ctx) => getAssetType(ctx, { typeId: rugged.typeId }));
    expect(after.fields.map((f) => [f.key, f.min, f.max, f.options])).toEqual([
      ["ram_gb", 8, 32, undefined],
      ["tier", undefined, undefined, ["gold"]],
    ]);
    expect(Object.keys(await typesByName(db, a))).not.toContain("Loose");
  });

  it("saves a schema change and reports the assets of the type and its sub-types that no longer validate", async () => {
    const { db } = database.current;
    const { a } = await makeTwoTenants(db);
    const { laptop, rugged } = await workstationTree(db, a);
    const made = [
      ...(await assetsOfType(db, a, laptop.typeId, [
        { name: "L-ok", attributes: { ram_gb: 16, tier: "gold", serial: "ABC" } },
        { name: "L-big", attributes: { ram_gb: 48, tier: "silver", serial: "DEF", cores: 32 } },
        { name: "l-noserial", attributes: { ram_gb: 8 } },
      ])),
      ...(await assetsOfType(db, a, rugged.typeId, [
        { name: "R-old-tier", attributes: { ram_gb: 8, tier: "silver", serial: "X" } },
      ])),
    ];
    const serial: AttributeField = { key: "serial", label: "Serial", kind: "text", required: true };
    const cores: AttributeField = { key: "cores", label: "Cores", kind: "integer", max: 16 };
    const result = await as(db, a, (ctx) =>
      updateAssetType(ctx, {
        typeId: laptop.typeId,
        data: { attributesSchema: [{ ...ram, min: 4, max: 64 }, { ...tier, options: ["gold"], default: "gold" }, serial, cores] },
      }),
    );
    expect(result.type.attributesSchema.map((f) => f.key)).toEqual(["ram_gb", "tier", "serial", "cores"]);
    expect(result.invalidAssets.count).toBe(3);
    expect(result.invalidAssets.sample.map((s) => [s.name, s.errors])).toEqual([
      [
        "L-big",
        [
          { field: "attributes.tier", message: "must be one of: gold" },
          { field: "attributes.cores", message: "must be at most 16" },
        ],
      ],
      ["l-noserial", [{ field: "attributes.serial", message: "is required" }]],
      ["R-old-tier", [{ field: "attributes.tier", message: "must be one of: gold" }]],
    ]);
    expect(result.invalidAssets.sample.map((s) => s.assetId)).toEqual([made[1].assetId, made[2].assetId, made[3].assetId]);
    // Nothing is rewritten: the assets keep their values until someone fixes them.
    const stored = await storedAttributes(
      db,
      a.tenantId,
      made.map((m) => m.assetId),
    );
    expect(stored["L-big"]).toEqual({ ram_gb: 48, tier: "silver", serial: "DEF", cores: 32 });
    const audit = await as(db, a, (ctx) => listAudit(ctx, { action: "asset_type.updated" }));
    expect(audit.items[0].targetId).toBe(laptop.typeId);
    expect(audit.items[0].details).toMatchObject({
      name: "Laptop",
      invalidAssets: 3,
      diff: {
        attributesSchema: {
          from: [{ key: "ram_gb" }, { key: "tier" }],
          to: [{ key: "ram_gb" }, { key: "tier" }, { key: "serial" }, { key: "cores" }],
        },
      },
    });
  });

  it("moves a type within its kind, reporting assets that its new inherited fields reject", async () => {
    const { db } = database.current;
    const { a } = await makeTwoTenants(db);
    const { laptop, rugged, desktop, builtIn } = await workstationTree(db, a);
    await as(db, a, (ctx) =>
      updateAssetType(ctx, {
        typeId: desktop.typeId,
        data: { attributesSchema: [{ key: "tower", label: "Tower", kind: "boolean", required: true }] },
      }),
    );
    const [asset] = await assetsOfType(db, a, rugged.typeId, [{ name: "R1", attributes: { ram_gb: 8 } }]);
    const moved = await as(db, a, (ctx) =>
      updateAssetType(ctx, { typeId: rugged.typeId, data: { parentTypeId: desktop.typeId, name: "Rugged desktop" } }),
    );
    expect(moved.type).toMatchObject({ parentTypeId: desktop.typeId, name: "Rugged desktop" });
    expect(moved.invalidAssets).toEqual({
      count: 1,
      sample: [{ assetId: asset.assetId, name: "R1", errors: [{ field: "attributes.tower", message: "is required" }] }],
    });
    const refuse = (typeId: string, data: Parameters<typeof updateAssetType>[1]["data"]) =>
      errorOf(as(db, a, (ctx) => updateAssetType(ctx, { typeId, data })));
    const loop = await refuse(desktop.typeId, { parentTypeId: rugged.typeId });
    expect(loop).toBeInstanceOf(ValidationError);
    expect(loop.message).toBe("parentTypeId: would create a loop: Desktop › Rugged desktop › Desktop");
    expect((await refuse(laptop.typeId, { parentTypeId: laptop.typeId })).message).toBe(
      "parentTypeId: would create a loop: Laptop › Laptop",
    );
    expect((await refuse(laptop.typeId, { parentTypeId: builtIn.Server.typeId })).message).toBe(
      'parentTypeId: must be a type of the same kind (workstation): "Server" is server',
    );
    expect((await refuse(builtIn.Printer.typeId, { name: "Printers" })).message).toBe("name: a built-in type cannot be renamed");
    expect((await refuse(builtIn.Printer.typeId, { parentTypeId: builtIn.Other.typeId })).message).toBe(
      "parentTypeId: a built-in type cannot be moved",
    );
    expect((await refuse(laptop.typeId, { name: "desktop" })).message).toBe('name: an asset type named "desktop" already exists');
    expect((await refuse(laptop.typeId, {})).message).toBe("data: names no field to change");
    const described = await as(db, a, (ctx) =>
      updateAssetType(ctx, { typeId: builtIn.Printer.typeId, data: { description: "Printers and MFPs", name: "Printer" } }),
    );
    expect(described.type.description).toBe("Printers and MFPs");
  });
});
