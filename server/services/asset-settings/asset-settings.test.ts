import { describe, expect, it } from "vitest";
import { apiClient, errorCodeOf, makeTestApp, sessionCookieFor } from "../../../test/app";
import { useTestDatabase } from "../../../test/db";
import { actingAs } from "../../../test/factories";
import { makeAssetWorld } from "../assets/asset-test-world";
import { createAsset } from "../assets/create-asset";
import { updateAsset } from "../assets/update-asset";
import { listAudit } from "../audit/list-audit";
import { setLifecycle } from "./set-lifecycle";
import { getAssetSettings, setTagPattern } from "./tag-pattern";

const database = useTestDatabase();

describe("asset settings", () => {
  it("changes the tag pattern for new assets, with the counter, and audits it", async () => {
    const { db } = database.current;
    const { a, types } = await makeAssetWorld(db);
    const admin = actingAs(db, a.tenantId, a.admin.actor);
    const settings = await admin((ctx) => setTagPattern(ctx, { assetTagPattern: "{company}-{seq:4}", nextSequence: 7 }));
    expect(settings).toMatchObject({ assetTagPattern: "{company}-{seq:4}", nextSequence: 7, nextTagExample: "ACME-0007" });
    const created = await admin((ctx) => createAsset(ctx, { typeId: types.server.typeId, companyId: a.companies[0].companyId, name: "DC01" }));
    expect(created.assetTag).toBe("GEN-0007");
    expect((await admin((ctx) => getAssetSettings(ctx))).nextSequence).toBe(8);
    await expect(admin((ctx) => setTagPattern(ctx, { assetTagPattern: "FIXED" }))).rejects.toThrow(/^assetTagPattern: must contain \{seq\}/);
    await expect(admin((ctx) => setTagPattern(ctx, { assetTagPattern: "{seq}-{user}" }))).rejects.toThrow(/may use only/);
    const audit = await admin((ctx) => listAudit(ctx, { action: "settings.tag_pattern_changed" }));
    expect(audit.items).toHaveLength(1);
  });

  it("replaces the lifecycle; a status in use cannot be removed, and new moves apply at once", async () => {
    const { db } = database.current;
    const { a, types } = await makeAssetWorld(db);
    const admin = actingAs(db, a.tenantId, a.admin.actor);
    const asset = await admin((ctx) => createAsset(ctx, { typeId: types.server.typeId, companyId: a.companies[0].companyId, name: "Box" }));
    const lifecycle = {
      statuses: [
        { statusKey: "deployed", label: "In use", isInitial: true },
        { statusKey: "spare", label: "Spare" },
        { statusKey: "gone", label: "Gone", isActive: false },
      ],
      transitions: [
        { from: "deployed", to: "spare" },
        { from: "spare", to: "deployed" },
        { from: "spare", to: "gone" },
      ],
    };
    const after = await admin((ctx) => setLifecycle(ctx, lifecycle));
    expect(after.map((s) => [s.statusKey, s.label, s.allowedNext])).toEqual([
      ["deployed", "In use", ["spare"]],
      ["spare", "Spare", ["deployed", "gone"]],
      ["gone", "Gone", []],
    ]);
    await expect(admin((ctx) => updateAsset(ctx, { assetId: asset.assetId, data: { status: "gone" } }))).rejects.toThrow(
      "status: cannot change from deployed to gone; allowed from deployed: spare",
    );
    await admin((ctx) => updateAsset(ctx, { assetId: asset.assetId, data: { status: "spare" } }));
    await expect(admin((ctx) => setLifecycle(ctx, { ...lifecycle, statuses: lifecycle.statuses.filter((s) => s.statusKey !== "spare"), transitions: [] }))).rejects.toThrow(
      "statuses: cannot remove statuses still in use: spare (1 asset); move those assets first",
    );
    await expect(admin((ctx) => setLifecycle(ctx, { statuses: [{ statusKey: "a", label: "A" }], transitions: [{ from: "a", to: "b" }] }))).rejects.toThrow(
      /statuses: needs exactly one initial status \(has 0\); transitions\.0\.to: "b" is not one of the statuses/,
    );
  });

  it("is for admins: technicians and viewers may read but not change", async () => {
    const { db } = database.current;
    const { a } = await makeAssetWorld(db);
    const app = makeTestApp(database.current);
    const tech = apiClient(app, { cookie: await sessionCookieFor(app, a.technician.userId, a.tenantId) });
    expect((await tech.assetSettings.get.query()).lifecycle.length).toBe(7);
    expect(await errorCodeOf(tech.assetSettings.setTagPattern.mutate({ assetTagPattern: "X-{seq}" }))).toBe("FORBIDDEN");
  });
});
