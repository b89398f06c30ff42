import { describe, expect, it } from "vitest";
import { makeAssets, makeTwoTenants } from "../../../test/factories";
import { useTestDatabase } from "../../../test/db";
import { ConflictError } from "../../errors";
import { listAudit } from "../audit/list-audit";
import { as, assetsOfType, errorOf, typesByName } from "./asset-type-fixtures";
import { createAssetType } from "./create-asset-type";
import { deleteAssetType } from "./delete-asset-type";
import { getAssetType } from "./get-asset-type";
import { listAssetTypes } from "./list-asset-types";
import { updateAssetType } from "./update-asset-type";

const database = useTestDatabase();

describe("asset types service", () => {
  it("creates types under built-ins, taking the kind of the parent, with an audit row each", async () => {
    const { db } = database.current;
    const { a } = await makeTwoTenants(db);
    const builtIn = await typesByName(db, a);
    const make = (parent: string, name: string) =>
      as(db, a, (ctx) => createAssetType(ctx, { parentTypeId: builtIn[parent].typeId, name, description: "  " }));
    const laptop = await make("Workstation", "Laptop");
    const firewall = await make("Network device", "Firewall");
    const ups = await make("Other", "UPS");
    expect([laptop, firewall, ups].map((t) => [t.name, t.kind, t.isBuiltin, t.description])).toEqual([
      ["Laptop", "workstation", false, null],
      ["Firewall", "network_device", false, null],
      ["UPS", "other", false, null],
    ]);
    const audit = await as(db, a, (ctx) => listAudit(ctx, { action: "asset_type.created" }));
    expect(audit.items.find((e) => e.targetId === firewall.typeId)?.details).toEqual({
      name: "Firewall",
      kind: "network_device",
      parentTypeId: builtIn["Network device"].typeId,
      fields: [],
    });
    const duplicate = await errorOf(make("Server", "laptop"));
    expect(duplicate).toBeInstanceOf(ConflictError);
    expect(duplicate.message).toBe('name: an asset type named "laptop" already exists');
    expect((await errorOf(make("Other", "PRINTER"))).message).toBe('name: an asset type named "PRINTER" already exists');
  });

  it("lists the tree in order with depth, path, field counts and asset counts of each subtree", async () => {
    const { db } = database.current;
    const { a } = await makeTwoTenants(db);
    const builtIn = await typesByName(db, a);
    const field = (key: string) => ({ key, label: key, kind: "text" as const });
    const laptop = await as(db, a, (ctx) =>
      createAssetType(ctx, { parentTypeId: builtIn.Workstation.typeId, name: "Laptop", attributesSchema: [field("dock")] }),
    );
    const rugged = await as(db, a, (ctx) =>
      createAssetType(ctx, {
        parentTypeId: laptop.typeId,
        name: "rugged laptop",
        attributesSchema: [field("ip_rating"), field("drop")],
      }),
    );
    await as(db, a, (ctx) => createAssetType(ctx, { parentTypeId: builtIn.Workstation.typeId, name: "Desktop" }));
    await makeAssets(db, a.tenantId, a.companies[0].companyId, [{ name: "WS", kind: "workstation" }, { name: "SRV" }]);
    await assetsOfType(db, a, laptop.typeId, [
      { name: "L1", attributes: {} },
      { name: "L2", attributes: {} },
    ]);
    await assetsOfType(db, a, rugged.typeId, [{ name: "R1", attributes: {} }]);
    const list = await as(db, a, (ctx) => listAssetTypes(ctx), a.viewer.actor);
    expect(
      list.map((t) => [t.path.concat(t.name).join("/"), t.depth, t.ownFieldCount, t.fieldCount, t.assetCount, t.totalAssetCount]),
    ).toEqual([
      ["Workstation", 0, 0, 0, 1, 4],
      ["Workstation/Desktop", 1, 0, 0, 0, 0],
      ["Workstation/Laptop", 1, 1, 1, 2, 3],
      ["Workstation/Laptop/rugged laptop", 2, 2, 3, 1, 1],
      ["Server", 0, 0, 0, 1, 1],
      ["Network device", 0, 0, 0, 0, 0],
      ["Mobile device", 0, 0, 0, 0, 0],
      ["Printer", 0, 0, 0, 0, 0],
      ["Other", 0, 0, 0, 0, 0],
    ]);
    expect(list[0]).toMatchObject({ kind: "workstation", isBuiltin: true, parentTypeId: null });
  });

  it("gives a type with its effective schema inherited three levels deep, its ancestors and children", async () => {
    const { db } = database.current;
    const { a } = await makeTwoTenants(db);
    const builtIn = await typesByName(db, a);
    const ws = builtIn.Workstation.typeId;
    await as(db, a, (ctx) =>
      updateAssetType(ctx, {
        typeId: ws,
        data: {
          attributesSchema: [
            { key: "owner", label: "Owner", kind: "text" },
            { key: "ram_gb", label: "RAM", kind: "integer", min: 1 },
          ],
        },
      }),
    );
    const laptop = await as(db, a, (ctx) =>
      createAssetType(ctx, {
        parentTypeId: ws,
        name: "Laptop",
        attributesSchema: [
          { key: "ram_gb", label: "RAM (GB)", kind: "integer", min: 4, required: true },
          { key: "dock", label: "Dock", kind: "boolean" },
        ],
      }),
    );
    const rugged = await as(db, a, (ctx) =>
      createAssetType(ctx, {
        parentTypeId: laptop.typeId,
        name: "Rugged laptop",
        attributesSchema: [{ key: "ip_rating", label: "IP rating", kind: "select", options: ["IP65", "IP67"], default: "IP65" }],
      }),
    );
    const got = await as(db, a, (ctx) => getAssetType(ctx, { typeId: rugged.typeId }), a.technician.actor);
    expect(got.type.typeId).toBe(rugged.typeId);
    expect(got.kind).toBe("workstation");
    expect(got.ancestors).toEqual([
      { typeId: ws, name: "Workstation" },
      { typeId: laptop.typeId, name: "Laptop" },
    ]);
    expect(got.fields.map((f) => [f.key, f.label, f.required, f.min, f.inheritedFrom])).toEqual([
      ["owner", "Owner", false, undefined, ws],
      ["ram_gb", "RAM (GB)", true, 4, laptop.typeId],
      ["dock", "Dock", false, undefined, laptop.typeId],
      ["ip_rating", "IP rating", false, undefined, null],
    ]);
    expect(got.children).toEqual([]);
    const parent = await as(db, a, (ctx) => getAssetType(ctx, { typeId: laptop.typeId }));
    expect(parent.children).toEqual([{ typeId: rugged.typeId, name: "Rugged laptop" }]);
  });

  it("refuses to delete built-ins, types with sub-types and types with assets; deletes an unused one", async () => {
    const { db } = database.current;
    const { a } = await makeTwoTenants(db);
    const builtIn = await typesByName(db, a);
    const remove = (typeId: string) => as(db, a, (ctx) => deleteAssetType(ctx, { typeId }));
    const laptop = await as(db, a, (ctx) => createAssetType(ctx, { parentTypeId: builtIn.Workstation.typeId, name: "Laptop" }));
    const rugged = await as(db, a, (ctx) => createAssetType(ctx, { parentTypeId: laptop.typeId, name: "Rugged" }));
    await assetsOfType(db, a, rugged.typeId, [
      { name: "R1", attributes: {} },
      { name: "R2", attributes: {} },
    ]);
    const refusals = [
      await errorOf(remove(builtIn.Server.typeId)),
      await errorOf(remove(laptop.typeId)),
      await errorOf(remove(rugged.typeId)),
    ];
    for (const refusal of refusals) expect(refusal).toBeInstanceOf(ConflictError);
    expect(refusals.map((e) => e.message)).toEqual([
      '"Server" is a built-in type and cannot be deleted',
      '"Laptop" has 1 sub-type; move or delete them first',
      '"Rugged" has 2 assets; change their type or delete them first',
    ]);
    const ups = await as(db, a, (ctx) => createAssetType(ctx, { parentTypeId: builtIn.Other.typeId, name: "UPS" }));
    expect(await remove(ups.typeId)).toEqual({ typeId: ups.typeId });
    expect(Object.keys(await typesByName(db, a))).not.toContain("UPS");
    const audit = await as(db, a, (ctx) => listAudit(ctx, { action: "asset_type.deleted" }));
    expect(audit.items.map((e) => [e.targetId, e.details])).toEqual([
      [ups.typeId, { name: "UPS", kind: "other", parentTypeId: builtIn.Other.typeId }],
    ]);
  });
});
