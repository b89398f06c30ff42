import { and, asc, eq, inArray } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { assetHistory, assetRelationships, auditLog } from "../../../db/schema";
import { withTenant } from "../../../db/tenant";
import { useTestDatabase } from "../../../test/db";
import { asActor, makeAssets, makeTwoTenants, actingAs } from "../../../test/factories";
import type { Database } from "../../../db/client";
import { createRelationship } from "./create-relationship";
import { createRelationshipType } from "./create-relationship-type";
import { deleteRelationship } from "./delete-relationship";
import { listRelationshipTypes } from "./list-relationship-types";
import { relationshipsForAsset } from "./relationships-for-asset";

const database = useTestDatabase();

async function setup() {
  const { db } = database.current;
  const tenants = await makeTwoTenants(db);
  const { a } = tenants;
  const [app, dbServer, storage, sw] = await makeAssets(db, a.tenantId, a.companies[0].companyId, [
    { name: "App" },
    { name: "DB" },
    { name: "Storage", kind: "other" },
    { name: "Switch", kind: "network_device" },
  ]);
  const asTech = actingAs(db, a.tenantId, a.technician.actor);
  return { db, ...tenants, app, dbServer, storage, sw, asTech };
}

const historyOf = (db: Database, tenantId: string, assetIds: string[]) =>
  withTenant(db, tenantId, (tx) =>
    tx
      .select({ assetId: assetHistory.assetId, changeType: assetHistory.changeType, diff: assetHistory.diff, actorId: assetHistory.actorId })
      .from(assetHistory)
      .where(and(eq(assetHistory.tenant, tenantId), inArray(assetHistory.assetId, assetIds)))
      .orderBy(asc(assetHistory.at)),
  );

describe("relationships: edges and history", () => {
  it("adds an edge with history on both assets, lists it from both sides, and removes it", async () => {
    const { db, a, app, dbServer, asTech } = await setup();
    const edge = await asTech((ctx) =>
      createRelationship(ctx, { parentAssetId: app.assetId, childAssetId: dbServer.assetId, relationshipType: "depends_on", notes: "primary" }),
    );
    expect(edge).toMatchObject({ typeKey: "depends_on", label: "depends on", notes: "primary" });
    expect(edge.parent).toEqual({ assetId: app.assetId, name: "App", assetTag: app.assetTag, status: "deployed", kind: "server" });
    expect(edge.child.name).toBe("DB");

    const history = await historyOf(db, a.tenantId, [app.assetId, dbServer.assetId]);
    expect(history).toHaveLength(2);
    const onApp = history.find((h) => h.assetId === app.assetId);
    expect(onApp).toMatchObject({ changeType: "relationship_added", actorId: a.technician.userId });
    expect(onApp?.diff).toEqual({ "relationships.depends_on": { from: null, to: { assetId: dbServer.assetId, name: "DB", direction: "child" } } });
    expect(history.find((h) => h.assetId === dbServer.assetId)?.diff).toEqual({
      "relationships.depends_on": { from: null, to: { assetId: app.assetId, name: "App", direction: "parent" } },
    });

    const fromApp = await asActor(db, a.tenantId, a.viewer.actor, (ctx) => relationshipsForAsset(ctx, { assetId: app.assetId }));
    expect(fromApp.incoming).toEqual([]);
    expect(fromApp.outgoing).toMatchObject([{ relationshipId: edge.relationshipId, label: "depends on", asset: { name: "DB", kind: "server", status: "deployed" } }]);
    const fromDb = await asActor(db, a.tenantId, a.viewer.actor, (ctx) => relationshipsForAsset(ctx, { assetId: dbServer.assetId }));
    expect(fromDb.incoming).toMatchObject([{ label: "is needed by", asset: { assetId: app.assetId, assetTag: app.assetTag } }]);

    const removed = await asTech((ctx) => deleteRelationship(ctx, { relationshipId: edge.relationshipId }));
    expect(removed).toMatchObject({ typeKey: "depends_on", parent: { name: "App" }, child: { name: "DB" } });
    const after = await historyOf(db, a.tenantId, [app.assetId, dbServer.assetId]);
    expect(after.filter((h) => h.changeType === "relationship_removed").map((h) => h.diff)).toEqual(
      expect.arrayContaining([{ "relationships.depends_on": { from: { assetId: dbServer.assetId, name: "DB", direction: "child" }, to: null } }]),
    );
    expect(after.filter((h) => h.changeType === "relationship_removed")).toHaveLength(2);
    await expect(asTech((ctx) => deleteRelationship(ctx, { relationshipId: edge.relationshipId }))).rejects.toThrow(/was not found/);
  });

  it("refuses a 3-hop depends_on cycle naming its path, and writes nothing", async () => {
    const { db, a, app, dbServer, storage, asTech } = await setup();
    const link = (parent: { assetId: string }, child: { assetId: string }) =>
      asTech((ctx) => createRelationship(ctx, { parentAssetId: parent.assetId, childAssetId: child.assetId, relationshipType: "depends_on" }));
    await link(app, dbServer);
    await link(dbServer, storage);
    const refused = link(storage, app);
    await expect(refused).rejects.toThrow("relationshipType: would create a cycle: App › DB › Storage › App");
    await refused.catch((error: { details?: unknown }) => {
      expect(error.details).toMatchObject({ path: [{ assetId: app.assetId }, { name: "DB" }, { name: "Storage" }, { assetId: app.assetId }] });
    });
    const edges = await withTenant(db, a.tenantId, (tx) => tx.select().from(assetRelationships).where(eq(assetRelationships.tenant, a.tenantId)));
    expect(edges).toHaveLength(2);
    expect(await historyOf(db, a.tenantId, [storage.assetId])).toHaveLength(1);
    // The same pair in another acyclic type is a different graph.
    await expect(
      asTech((ctx) => createRelationship(ctx, { parentAssetId: storage.assetId, childAssetId: app.assetId, relationshipType: "backed_up_by" })),
    ).resolves.toMatchObject({ typeKey: "backed_up_by" });
  });

  it("allows rings of connected_to, refuses duplicates, self edges and unknown types", async () => {
    const { app, dbServer, sw, asTech } = await setup();
    const connect = (x: { assetId: string }, y: { assetId: string }, relationshipType = "connected_to") =>
      asTech((ctx) => createRelationship(ctx, { parentAssetId: x.assetId, childAssetId: y.assetId, relationshipType }));
    await connect(app, dbServer);
    await connect(dbServer, sw);
    await expect(connect(sw, app)).resolves.toMatchObject({ typeKey: "connected_to" });
    await expect(connect(app, dbServer)).rejects.toThrow(/already is connected to/);
    await expect(connect(app, app)).rejects.toThrow(/childAssetId: an asset cannot be related to itself/);
    await expect(connect(app, dbServer, "mirrors")).rejects.toThrow(
      /relationshipType: unknown type "mirrors"; known types: .*contains.*depends_on/,
    );
  });

  it("lists types and lets an admin add one, with an audit row", async () => {
    const { db, a } = await setup();
    const created = await asActor(db, a.tenantId, a.admin.actor, (ctx) =>
      createRelationshipType(ctx, { typeKey: "licensed_by", label: "is licensed by", inverseLabel: "licenses", acyclic: true, impactDirection: "parent" }),
    );
    expect(created).toMatchObject({ typeKey: "licensed_by", hierarchical: false, isBuiltin: false });
    const types = await asActor(db, a.tenantId, a.viewer.actor, (ctx) => listRelationshipTypes(ctx));
    expect(types.map((t) => t.typeKey)).toEqual(expect.arrayContaining(["contains", "depends_on", "runs_on", "licensed_by"]));
    expect(types.slice(0, 6).every((t) => t.isBuiltin)).toBe(true);
    const audit = await withTenant(db, a.tenantId, (tx) => tx.select().from(auditLog).where(eq(auditLog.action, "relationship_type.created")));
    expect(audit).toMatchObject([{ targetId: "licensed_by", actorId: a.admin.userId }]);
    await expect(
      asActor(db, a.tenantId, a.admin.actor, (ctx) =>
        createRelationshipType(ctx, { typeKey: "licensed_by", label: "x", inverseLabel: "y", acyclic: false, impactDirection: "none" }),
      ),
    ).rejects.toThrow(/typeKey: a relationship type "licensed_by" already exists/);
    await expect(
      asActor(db, a.tenantId, a.admin.actor, (ctx) =>
        createRelationshipType(ctx, { typeKey: "holds", label: "holds", inverseLabel: "is held by", acyclic: true, impactDirection: "none", hierarchical: true }),
      ),
    ).rejects.toThrow(/impactDirection: a hierarchical type needs an impact direction/);
    await expect(
      asActor(db, a.tenantId, a.technician.actor, (ctx) =>
        createRelationshipType(ctx, { typeKey: "mirrors", label: "mirrors", inverseLabel: "is mirrored by", acyclic: false, impactDirection: "none" }),
      ),
    ).rejects.toThrow(/permission/);
  });

  it("answers NOT_FOUND for another tenant's asset and never lists its edges; viewers cannot write, client users cannot read", async () => {
    const { db, a, b, app, dbServer, asTech } = await setup();
    const [foreign, foreignDb] = await makeAssets(db, b.tenantId, b.companies[0].companyId, [{ name: "Foreign" }, { name: "Foreign DB" }]);
    await asActor(db, b.tenantId, b.admin.actor, (ctx) =>
      createRelationship(ctx, { parentAssetId: foreign.assetId, childAssetId: foreignDb.assetId, relationshipType: "depends_on" }),
    );
    await expect(
      asTech((ctx) => createRelationship(ctx, { parentAssetId: app.assetId, childAssetId: foreign.assetId, relationshipType: "depends_on" })),
    ).rejects.toThrow(`Asset ${foreign.assetId} was not found`);
    await expect(asTech((ctx) => relationshipsForAsset(ctx, { assetId: foreign.assetId }))).rejects.toThrow(/was not found/);
    const [foreignEdge] = await withTenant(db, b.tenantId, (tx) => tx.select().from(assetRelationships).where(eq(assetRelationships.tenant, b.tenantId)));
    await expect(asTech((ctx) => deleteRelationship(ctx, { relationshipId: foreignEdge.relationshipId }))).rejects.toThrow(/was not found/);
    const own = await asTech((ctx) => relationshipsForAsset(ctx, { assetId: app.assetId }));
    expect([...own.outgoing, ...own.incoming]).toEqual([]);

    await expect(
      asActor(db, a.tenantId, a.viewer.actor, (ctx) =>
        createRelationship(ctx, { parentAssetId: app.assetId, childAssetId: dbServer.assetId, relationshipType: "depends_on" }),
      ),
    ).rejects.toThrow(/permission to do this \(assets\.write\)/);
    await expect(asActor(db, a.tenantId, a.client.actor, (ctx) => relationshipsForAsset(ctx, { assetId: app.assetId }))).rejects.toThrow(
      /permission to do this \(assets\.read\)/,
    );
    await expect(asActor(db, a.tenantId, a.client.actor, (ctx) => listRelationshipTypes(ctx))).rejects.toThrow(/permission/);
  });
});
