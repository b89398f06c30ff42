import { describe, expect, it } from "vitest";
import { useTestDatabase } from "../../../test/db";
import { actingAs } from "../../../test/factories";
import { createAssetType } from "../asset-types/create-asset-type";
import { makeAssetWorld } from "./asset-test-world";
import { createAsset } from "./create-asset";
import { listAssets } from "./list-assets";
import type { ListAssetsInput } from "./list-input";

const database = useTestDatabase();

async function seedList() {
  const { db } = database.current;
  const world = await makeAssetWorld(db);
  const { a, types } = world;
  const run = actingAs(db, a.tenantId, a.admin.actor);
  const gaming = await run((ctx) => createAssetType(ctx, { parentTypeId: types.laptop.typeId, name: "Gaming laptop" }));
  const [c1, c2] = a.companies;
  const specs = [
    { name: "Alpha laptop", typeId: types.laptop.typeId, companyId: c1.companyId, warrantyEnd: "2026-01-15", tags: ["vip"], attributes: { encrypted: true, screen_inches: 14 } },
    { name: "Bravo laptop", typeId: gaming.typeId, companyId: c1.companyId, warrantyEnd: "2027-06-01", attributes: { encrypted: false, screen_inches: 17 }, serialNumber: "GAME-0001" },
    { name: "Charlie server", typeId: types.server.typeId, companyId: c2.companyId, warrantyEnd: null, hostname: "CHARLIE.corp.example", status: "in_repair" },
    { name: "Delta printer", typeId: types.printer.typeId, companyId: c2.companyId, warrantyEnd: "2025-12-31", tags: ["vip", "floor-2"], macAddresses: ["00-11-22-33-44-55"] },
    { name: "Echo server", typeId: types.server.typeId, companyId: c1.companyId, warrantyEnd: null, ipAddresses: ["10.1.2.3"] },
    { name: "Foxtrot workstation", typeId: types.workstation.typeId, companyId: c1.companyId, warrantyEnd: "2028-02-29", manufacturer: "Lenovo", model: "ThinkCentre M70q" },
  ];
  const created = [];
  for (const s of specs) created.push(await run((ctx) => createAsset(ctx, s)));
  const list = (input: ListAssetsInput) => run((ctx) => listAssets(ctx, input));
  const names = async (input: ListAssetsInput) => (await list(input)).items.map((i) => i.name);
  return { ...world, created, list, names, gaming, c1, c2 };
}

describe("assets.list", () => {
  it("filters by type with descendants, company, status, tags, warranty window, attributes", async () => {
    const { names, types, c2 } = await seedList();
    expect(await names({ filter: { typeId: types.workstation.typeId } })).toEqual(["Alpha laptop", "Bravo laptop", "Foxtrot workstation"]);
    expect(await names({ filter: { typeId: types.laptop.typeId } })).toEqual(["Alpha laptop", "Bravo laptop"]);
    expect(await names({ filter: { kind: "server" } })).toEqual(["Charlie server", "Echo server"]);
    expect(await names({ filter: { companyId: c2.companyId } })).toEqual(["Charlie server", "Delta printer"]);
    expect(await names({ filter: { status: "in_repair" } })).toEqual(["Charlie server"]);
    expect(await names({ filter: { tags: ["vip", "floor-2"] } })).toEqual(["Delta printer"]);
    expect(await names({ filter: { warrantyExpiresBefore: "2026-06-30" } })).toEqual(["Alpha laptop", "Delta printer"]);
    expect(await names({ filter: { warrantyExpiresAfter: "2027-01-01" } })).toEqual(["Bravo laptop", "Foxtrot workstation"]);
    expect(await names({ filter: { attributes: [{ key: "screen_inches", op: "gt", value: 15 }] } })).toEqual(["Bravo laptop"]);
    expect(await names({ filter: { attributes: [{ key: "encrypted", op: "eq", value: true }] } })).toEqual(["Alpha laptop"]);
    expect(await names({ filter: { attributes: [{ key: "screen_inches", op: "missing" }] } })).toHaveLength(4);
  });

  it("searches name, serial, hostname, maker and model, fuzzy words, MACs in any format and IPs", async () => {
    const { names, list } = await seedList();
    expect(await names({ filter: { search: "bravo" } })).toEqual(["Bravo laptop"]);
    expect(await names({ filter: { search: "game-0001" } })).toEqual(["Bravo laptop"]);
    expect(await names({ filter: { search: "charlie.corp" } })).toEqual(["Charlie server"]);
    expect(await names({ filter: { search: "thinkcentre" } })).toEqual(["Foxtrot workstation"]);
    expect(await names({ filter: { search: "0011.2233.4455" } })).toEqual(["Delta printer"]);
    expect(await names({ filter: { search: "10.1.2.3" } })).toEqual(["Echo server"]);
    const typo = await list({ filter: { search: "foxtrott" } });
    expect(typo.items.map((i) => i.name)).toEqual(["Foxtrot workstation"]);
    expect(typo.searchMode).toBe("fuzzy");
    expect((await list({ filter: { search: "foxtrot" } })).searchMode).toBe("contains");
    expect(await names({ filter: { search: "100%_" } })).toEqual([]);
  });

  it("sorts by any listed column both ways and pages through every row exactly once, nulls last", async () => {
    const { list } = await seedList();
    for (const field of ["name", "warrantyEnd", "hostname", "manufacturer", "updatedAt", "assetTag", "status"] as const) {
      for (const direction of ["asc", "desc"] as const) {
        const all = (await list({ sort: { field, direction }, limit: 100 })).items.map((i) => i.name);
        const paged: string[] = [];
        let cursor: string | null = null;
        do {
          const page: Awaited<ReturnType<typeof list>> = await list({ sort: { field, direction }, limit: 2, cursor });
          paged.push(...page.items.map((i) => i.name));
          cursor = page.nextCursor;
        } while (cursor);
        expect(paged, `${field} ${direction}`).toEqual(all);
        expect(new Set(paged).size).toBe(6);
      }
    }
    const byWarranty = (await list({ sort: { field: "warrantyEnd", direction: "desc" } })).items.map((i) => i.warrantyEnd);
    expect(byWarranty).toEqual(["2028-02-29", "2027-06-01", "2026-01-15", "2025-12-31", null, null]);
  });

  it("counts matches exactly and can include extension data", async () => {
    const { list, types } = await seedList();
    const page = await list({ filter: { kind: "workstation" }, limit: 1, includeExtension: true });
    expect(page).toMatchObject({ total: 3, totalIsEstimate: false });
    expect(page.items[0]).toHaveProperty("extension");
    const none = await list({ filter: { typeId: types.other.typeId } });
    expect(none).toMatchObject({ items: [], total: 0, nextCursor: null });
  });

  it("refuses a cursor it did not issue and a date that does not exist, naming the field", async () => {
    const { list } = await seedList();
    await expect(list({ cursor: "garbage" })).rejects.toThrow(/^cursor: is not a cursor this list issued/);
    // A date that does not exist is the caller's mistake, named — not a database error.
    await expect(list({ filter: { warrantyExpiresBefore: "2026-02-30" } })).rejects.toThrow(/^filter\.warrantyExpiresBefore: must be a date \(YYYY-MM-DD\)$/);
  });
});
