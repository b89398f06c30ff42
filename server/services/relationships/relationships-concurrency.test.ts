import { eq } from "drizzle-orm";
import { describe, expect, inject, it } from "vitest";
import { openDatabase, type DatabaseHandle } from "../../../db/client";
import { assetRelationships } from "../../../db/schema";
import { withTenant } from "../../../db/tenant";
import { useTestDatabase } from "../../../test/db";
import { asActor, makeAssets, makeTwoTenants } from "../../../test/factories";
import { createRelationship } from "./create-relationship";

const database = useTestDatabase();
const target = inject("testDatabase");

/** Resolves for everybody once `parties` callers have arrived. */
function barrier(parties: number) {
  let arrived = 0;
  let release = () => {};
  const all = new Promise<void>((resolve) => (release = resolve));
  return () => {
    if (++arrived === parties) release();
    return all;
  };
}

describe("relationships under concurrency", () => {
  // PGlite has one connection, so two transactions can never overlap there.
  it.runIf(target.driver === "postgres")("A→B and B→A inserted at once by two transactions: exactly one commits", async () => {
    if (target.driver !== "postgres") return;
    const { db } = database.current;
    const { a } = await makeTwoTenants(db);
    const [x, y] = await makeAssets(db, a.tenantId, a.companies[0].companyId, [{ name: "Alpha" }, { name: "Beta" }]);
    const handles: DatabaseHandle[] = [
      await openDatabase({ databaseUrl: target.url, maxConnections: 2 }),
      await openDatabase({ databaseUrl: target.url, maxConnections: 2 }),
    ];
    try {
      const bothOpen = barrier(2);
      // Each transaction starts before either inserts and stays open a while after its insert:
      // without the advisory lock both cycle checks would pass on snapshots lacking the other edge.
      const attempt = (handle: DatabaseHandle, parentAssetId: string, childAssetId: string) =>
        asActor(handle.db, a.tenantId, a.technician.actor, async (ctx) => {
          await bothOpen();
          const edge = await createRelationship(ctx, { parentAssetId, childAssetId, relationshipType: "depends_on" });
          await new Promise((resolve) => setTimeout(resolve, 300));
          return edge;
        });
      const results = await Promise.allSettled([attempt(handles[0], x.assetId, y.assetId), attempt(handles[1], y.assetId, x.assetId)]);
      expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
      const refused = results.find((r): r is PromiseRejectedResult => r.status === "rejected");
      expect(String(refused?.reason)).toMatch(/would create a cycle: (Alpha › Beta › Alpha|Beta › Alpha › Beta)/);
      const edges = await withTenant(db, a.tenantId, (tx) => tx.select().from(assetRelationships).where(eq(assetRelationships.tenant, a.tenantId)));
      expect(edges).toHaveLength(1);
    } finally {
      await Promise.all(handles.map((h) => h.close()));
    }
  });
});
