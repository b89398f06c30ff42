import { describe, expect, it } from "vitest";
import { apiClient, errorCodeOf, makeTestApp, sessionCookieFor } from "../../../test/app";
import { useTestDatabase } from "../../../test/db";
import { actingAs } from "../../../test/factories";
import { assetAsOf } from "../history/as-of";
import { historyForAsset } from "../history/list-history";
import { createRelationship } from "../relationships/create-relationship";
import { archiveAsset } from "./archive-asset";
import { makeAssetWorld } from "./asset-test-world";
import { createAsset } from "./create-asset";
import { deleteAsset } from "./delete-asset";
import { addExternalId } from "./external-ids";
import { listAssets } from "./list-assets";

const database = useTestDatabase();

async function rackWorld() {
  const { db } = database.current;
  const world = await makeAssetWorld(db);
  const { a, types } = world;
  const admin = actingAs(db, a.tenantId, a.admin.actor);
  const make = (name: string, typeId: string) => admin((ctx) => createAsset(ctx, { typeId, companyId: a.companies[0].companyId, name }));
  const rack = await make("Rack A", types.other.typeId);
  const host = await make("HV01", types.server.typeId);
  const vm = await make("SQL01", types.server.typeId);
  const app = await make("APP01", types.server.typeId);
  await admin((ctx) => createRelationship(ctx, { parentAssetId: rack.assetId, childAssetId: host.assetId, relationshipType: "contains" }));
  await admin((ctx) => createRelationship(ctx, { parentAssetId: vm.assetId, childAssetId: host.assetId, relationshipType: "runs_on" }));
  await admin((ctx) => createRelationship(ctx, { parentAssetId: app.assetId, childAssetId: vm.assetId, relationshipType: "depends_on" }));
  const names = async () => (await admin((ctx) => listAssets(ctx, {}))).items.map((i) => i.name);
  return { ...world, admin, rack, host, vm, app, names };
}

describe("deleting, archiving and the history that outlives an asset", () => {
  it("refuses to delete a container unless asked to detach or cascade, naming what it contains", async () => {
    const { admin, rack, names } = await rackWorld();
    await expect(admin((ctx) => deleteAsset(ctx, { assetId: rack.assetId }))).rejects.toThrow(
      /^assetId: Rack A contains 2 asset\(s\) \((“HV01”, “SQL01”|“SQL01”, “HV01”)\); delete with mode "detach"/,
    );
    expect(await names()).toHaveLength(4);
  });

  it("detach keeps the contents; cascade deletes the container with everything inside", async () => {
    const one = await rackWorld();
    await one.admin((ctx) => deleteAsset(ctx, { assetId: one.rack.assetId, mode: "detach" }));
    expect((await one.names()).sort()).toEqual(["APP01", "HV01", "SQL01"]);
    const hostHistory = await one.admin((ctx) => historyForAsset(ctx, { assetId: one.host.assetId }));
    expect(hostHistory.items[0]).toMatchObject({ changeType: "relationship_removed" });

    const two = await rackWorld();
    const result = await two.admin((ctx) => deleteAsset(ctx, { assetId: two.rack.assetId, mode: "cascade" }));
    expect(result.deleted).toHaveLength(3);
    expect(await two.names()).toEqual(["APP01"]);
    // The deleted VM's history is still there, ending with its last values.
    const vmHistory = await two.admin((ctx) => historyForAsset(ctx, { assetId: two.vm.assetId }));
    expect(vmHistory.items[0]).toMatchObject({ changeType: "deleted", diff: { name: { from: "SQL01", to: null } } });
    const asOf = await two.admin((ctx) => assetAsOf(ctx, { assetId: two.vm.assetId, at: new Date() }));
    expect(asOf).toMatchObject({ exists: false, core: { name: "SQL01" } });
  });

  it("archives and restores with history; archived assets leave the default list", async () => {
    const { admin, app, names } = await rackWorld();
    await admin((ctx) => archiveAsset(ctx, { assetId: app.assetId }));
    expect(await names()).not.toContain("APP01");
    const withArchived = await admin((ctx) => listAssets(ctx, { filter: { includeArchived: true } }));
    expect(withArchived.items.map((i) => i.name)).toContain("APP01");
    await admin((ctx) => archiveAsset(ctx, { assetId: app.assetId, archived: false }));
    const history = await admin((ctx) => historyForAsset(ctx, { assetId: app.assetId }));
    expect(history.items.slice(0, 2).map((h) => h.changeType)).toEqual(["restored", "archived"]);
  });

  it("keeps external ids unique per source, naming the asset that has one", async () => {
    const { admin, app, vm } = await rackWorld();
    await admin((ctx) => addExternalId(ctx, { assetId: app.assetId, source: "ninjaone", externalId: "1042" }));
    const then = await admin((ctx) => assetAsOf(ctx, { assetId: app.assetId, at: new Date() }));
    expect(then.externalIds).toEqual([{ source: "ninjaone", externalId: "1042" }]);
    await expect(admin((ctx) => addExternalId(ctx, { assetId: vm.assetId, source: "ninjaone", externalId: "1042" }))).rejects.toThrow(
      /^externalIds: ninjaone id 1042 already belongs to asset .* “APP01”/,
    );
  });
});

describe("asset access", () => {
  it("another tenant gets NOT_FOUND and never sees the assets; roles are enforced", async () => {
    const { a, b, app: appAsset, types } = await rackWorld();
    const server = makeTestApp(database.current);
    const intruder = apiClient(server, { cookie: await sessionCookieFor(server, b.admin.userId, b.tenantId) });
    expect(await errorCodeOf(intruder.assets.get.query({ assetId: appAsset.assetId }))).toBe("NOT_FOUND");
    expect(await errorCodeOf(intruder.assets.update.mutate({ assetId: appAsset.assetId, data: { name: "x" } }))).toBe("NOT_FOUND");
    expect(await errorCodeOf(intruder.history.forAsset.query({ assetId: appAsset.assetId }))).toBe("NOT_FOUND");
    expect(await errorCodeOf(intruder.relationships.impact.query({ assetId: appAsset.assetId }))).toBe("NOT_FOUND");
    expect((await intruder.assets.list.query({ filter: { search: "APP01" } })).items).toHaveLength(0);
    // Creating under another tenant's company or type is NOT_FOUND as well.
    expect(await errorCodeOf(intruder.assets.create.mutate({ typeId: types.server.typeId, companyId: b.companies[0].companyId, name: "x" }))).toBe("NOT_FOUND");
    expect(await errorCodeOf(intruder.assets.create.mutate({ typeId: types.server.typeId, companyId: a.companies[0].companyId, name: "x" }))).toBe("NOT_FOUND");

    const viewer = apiClient(server, { cookie: await sessionCookieFor(server, a.viewer.userId, a.tenantId) });
    expect((await viewer.assets.get.query({ assetId: appAsset.assetId })).name).toBe("APP01");
    expect(await errorCodeOf(viewer.assets.update.mutate({ assetId: appAsset.assetId, data: { name: "x" } }))).toBe("FORBIDDEN");
    const tech = apiClient(server, { cookie: await sessionCookieFor(server, a.technician.userId, a.tenantId) });
    expect(await errorCodeOf(tech.assets.delete.mutate({ assetId: appAsset.assetId }))).toBe("FORBIDDEN");
    const client = apiClient(server, { cookie: await sessionCookieFor(server, a.client.userId, a.tenantId) });
    expect(await errorCodeOf(client.assets.list.query())).toBe("FORBIDDEN");
  });
});
