import { describe, expect, it } from "vitest";
import { assetRelationships } from "../../../db/schema";
import { withTenant } from "../../../db/tenant";
import { useTestDatabase } from "../../../test/db";
import { asActor, makeAssets, makeTwoTenants, actingAs } from "../../../test/factories";
import { containmentTree, type ContainmentNode } from "./containment-tree";
import { createRelationship } from "./create-relationship";
import { impactAnalysis } from "./impact-analysis";
import { serviceMap } from "./service-map";

const database = useTestDatabase();

/**
 * A small estate: Rack contains Server and Server B; VM and VM2 run on Server; App depends on VM;
 * Web depends on App and on VM; Server is powered by UPS; Switch is connected to Server.
 */
async function estate() {
  const { db } = database.current;
  const { a, b } = await makeTwoTenants(db);
  const list = await makeAssets(db, a.tenantId, a.companies[0].companyId, [
    { name: "Rack", kind: "other" },
    { name: "Server" },
    { name: "Server B" },
    { name: "VM" },
    { name: "VM2" },
    { name: "App" },
    { name: "Web" },
    { name: "UPS", kind: "other" },
    { name: "Switch", kind: "network_device" },
  ]);
  const id = Object.fromEntries(list.map((x) => [x.name, x.assetId]));
  const edges: [string, string, string][] = [
    ["Rack", "contains", "Server"],
    ["Rack", "contains", "Server B"],
    ["VM", "runs_on", "Server"],
    ["VM2", "runs_on", "Server"],
    ["App", "depends_on", "VM"],
    ["Web", "depends_on", "App"],
    ["Web", "depends_on", "VM"],
    ["Server", "powered_by", "UPS"],
    ["Switch", "connected_to", "Server"],
  ];
  for (const [parent, relationshipType, child] of edges) {
    await asActor(db, a.tenantId, a.technician.actor, (ctx) =>
      createRelationship(ctx, { parentAssetId: id[parent], childAssetId: id[child], relationshipType }),
    );
  }
  const asViewer = actingAs(db, a.tenantId, a.viewer.actor);
  return { db, a, b, id, asViewer };
}

const names = (node: ContainmentNode): unknown => ({ name: node.name, via: node.via, children: node.children.map(names) });

describe("relationships: impact, containment, service map", () => {
  it("follows each type's impact direction with the shortest path and the depth cap", async () => {
    const { id, asViewer } = await estate();
    const fromUps = await asViewer((ctx) => impactAnalysis(ctx, { assetId: id.UPS }));
    expect(fromUps.impacted.map((i) => [i.name, i.depth])).toEqual([["Server", 1], ["VM", 2], ["VM2", 2], ["App", 3], ["Web", 3]]);
    const web = fromUps.impacted.find((i) => i.name === "Web")!;
    expect(web.path).toEqual([
      { assetId: id.Server, name: "Server", via: "powered_by" },
      { assetId: id.VM, name: "VM", via: "runs_on" },
      { assetId: id.Web, name: "Web", via: "depends_on" },
    ]);
    expect(web).toMatchObject({ kind: "server", status: "deployed" });

    const fromRack = await asViewer((ctx) => impactAnalysis(ctx, { assetId: id.Rack }));
    expect(fromRack.impacted.map((i) => i.name)).toEqual(["Server", "Server B", "VM", "VM2", "App", "Web"]);
    expect(fromRack.impacted[0].path).toEqual([{ assetId: id.Server, name: "Server", via: "contains" }]);

    const capped = await asViewer((ctx) => impactAnalysis(ctx, { assetId: id.UPS, maxDepth: 2 }));
    expect(capped.impacted.map((i) => i.name)).toEqual(["Server", "VM", "VM2"]);
    // connected_to carries no impact, and nothing depends on a web front end.
    expect((await asViewer((ctx) => impactAnalysis(ctx, { assetId: id.Switch }))).impacted).toEqual([]);
    expect((await asViewer((ctx) => impactAnalysis(ctx, { assetId: id.Web }))).impacted).toEqual([]);
  });

  it("builds the containment tree rack → server → VM from any member", async () => {
    const { id, asViewer } = await estate();
    const expected = {
      name: "Rack",
      via: null,
      children: [
        {
          name: "Server",
          via: "contains",
          children: [
            { name: "VM", via: "runs_on", children: [] },
            { name: "VM2", via: "runs_on", children: [] },
          ],
        },
        { name: "Server B", via: "contains", children: [] },
      ],
    };
    for (const member of ["VM", "Server", "Rack"]) {
      const tree = await asViewer((ctx) => containmentTree(ctx, { assetId: id[member] }));
      expect(names(tree.root)).toEqual(expected);
      expect(tree.truncated).toBe(false);
    }
    const alone = await asViewer((ctx) => containmentTree(ctx, { assetId: id.Switch }));
    expect(alone.root).toMatchObject({ assetId: id.Switch, name: "Switch", kind: "network_device", via: null, children: [] });
  });

  it("refuses a containment loop that mixes contains and runs on, naming it", async () => {
    const { db, a, id } = await estate();
    // Rack ⊃ Server ⊃ VM already; "Rack runs on VM" would put the VM around the rack.
    await expect(
      asActor(db, a.tenantId, a.technician.actor, (ctx) =>
        createRelationship(ctx, { parentAssetId: id.Rack, childAssetId: id.VM, relationshipType: "runs_on" }),
      ),
    ).rejects.toThrow("relationshipType: would create a cycle: Rack › Server › VM › Rack");
    // The other way round within one type is still refused, and unrelated containment still works.
    await expect(
      asActor(db, a.tenantId, a.technician.actor, (ctx) =>
        createRelationship(ctx, { parentAssetId: id.VM, childAssetId: id.Rack, relationshipType: "contains" }),
      ),
    ).rejects.toThrow(/would create a cycle: Rack › Server › VM › Rack/);
    await asActor(db, a.tenantId, a.technician.actor, (ctx) =>
      createRelationship(ctx, { parentAssetId: id["Server B"], childAssetId: id.UPS, relationshipType: "contains" }),
    );
  });

  it("maps the graph around an asset both ways, up to the depth", async () => {
    const { id, asViewer } = await estate();
    const one = await asViewer((ctx) => serviceMap(ctx, { assetId: id.App, depth: 1 }));
    expect(one.nodes.map((n) => [n.name, n.depth])).toEqual([["App", 0], ["VM", 1], ["Web", 1]]);
    expect(one.nodes[1]).toEqual({ assetId: id.VM, name: "VM", assetTag: expect.any(String), kind: "server", status: "deployed", depth: 1 });
    const pairs = (m: typeof one) => m.edges.map((e) => `${m.nodes.find((n) => n.assetId === e.from)?.name} ${e.label} ${m.nodes.find((n) => n.assetId === e.to)?.name}`);
    expect(pairs(one).sort()).toEqual(["App depends on VM", "Web depends on App", "Web depends on VM"]);
    expect(one.truncated).toBe(false);

    const two = await asViewer((ctx) => serviceMap(ctx, { assetId: id.App }));
    expect(two.nodes.map((n) => n.name)).toEqual(["App", "VM", "Web", "Server"]);
    expect(pairs(two)).toContain("VM runs on Server");
    const onlyDepends = await asViewer((ctx) => serviceMap(ctx, { assetId: id.App, depth: 3, typeKeys: ["depends_on"] }));
    expect(onlyDepends.nodes.map((n) => n.name)).toEqual(["App", "VM", "Web"]);
  });

  it("cuts a service map at 500 nodes and says so", async () => {
    const { db } = database.current;
    const { a } = await makeTwoTenants(db);
    const [hub, ...leaves] = await makeAssets(
      db,
      a.tenantId,
      a.companies[0].companyId,
      Array.from({ length: 511 }, (_, i) => ({ name: `Node ${String(i).padStart(3, "0")}` })),
    );
    await withTenant(db, a.tenantId, (tx) =>
      tx.insert(assetRelationships).values(leaves.map((leaf) => ({ tenant: a.tenantId, typeKey: "depends_on", parentAssetId: hub.assetId, childAssetId: leaf.assetId }))),
    );
    const map = await asActor(db, a.tenantId, a.viewer.actor, (ctx) => serviceMap(ctx, { assetId: hub.assetId }));
    expect(map.truncated).toBe(true);
    expect(map.nodes).toHaveLength(500);
    expect(map.nodes[0]).toMatchObject({ assetId: hub.assetId, depth: 0 });
    expect(map.edges).toHaveLength(499);
    expect(new Set(map.edges.map((e) => e.from))).toEqual(new Set([hub.assetId]));
  });

  it("keeps another tenant's assets out: NOT_FOUND for its ids, absent from every walk; client users cannot read", async () => {
    const { db, a, b, id, asViewer } = await estate();
    const [foreign] = await makeAssets(db, b.tenantId, b.companies[0].companyId, [{ name: "Foreign" }]);
    for (const query of [
      (assetId: string) => asViewer((ctx) => impactAnalysis(ctx, { assetId })),
      (assetId: string) => asViewer((ctx) => serviceMap(ctx, { assetId })),
      (assetId: string) => asViewer((ctx) => containmentTree(ctx, { assetId })),
    ]) {
      await expect(query(foreign.assetId)).rejects.toThrow(`Asset ${foreign.assetId} was not found`);
    }
    await expect(asActor(db, a.tenantId, a.client.actor, (ctx) => impactAnalysis(ctx, { assetId: id.UPS }))).rejects.toThrow(/permission/);
    const map = await asViewer((ctx) => serviceMap(ctx, { assetId: id.Server, depth: 5 }));
    expect(map.nodes.some((n) => n.assetId === foreign.assetId)).toBe(false);
    expect(map.nodes).toHaveLength(9);
  });
});
