import { randomUUID } from "node:crypto";
import { TRPCError } from "@trpc/server";
import { describe, expect, it } from "vitest";
import type { TokenScope } from "../../../db/schema";
import { makeTestApp, testMeta } from "../../../test/app";
import { useTestDatabase } from "../../../test/db";
import { makeAssets, makeTwoTenants } from "../../../test/factories";
import { createCallerFactory } from "../../trpc/init";
import { relationshipsRouter } from "../../trpc/routers/relationships";

// The procedures through tRPC's own caller (the app router is wired elsewhere): permission
// layers, zod inputs, and the mapping of service errors to codes.

const database = useTestDatabase();
const callerOf = createCallerFactory(relationshipsRouter);

const codeOf = (promise: Promise<unknown>) =>
  promise.then(
    () => "no error",
    (error: unknown) => (error instanceof TRPCError ? error.code : String(error)),
  );

describe("relationshipsRouter", () => {
  it("serves reads to read tokens, writes to write tokens, and maps service errors to codes", async () => {
    const { db } = database.current;
    const { a, b } = await makeTwoTenants(db);
    const [app, dbServer] = await makeAssets(db, a.tenantId, a.companies[0].companyId, [{ name: "App" }, { name: "DB" }]);
    const [foreign] = await makeAssets(db, b.tenantId, b.companies[0].companyId, [{ name: "Foreign" }]);
    const services = makeTestApp(database.current);
    const caller = (scopes: TokenScope[]) =>
      callerOf({
        app: services,
        meta: testMeta(),
        authError: null,
        auth: { kind: "token", tenantId: a.tenantId, actor: { type: "token", tokenId: randomUUID(), name: "svc", scopes } },
      });
    const reader = caller(["read"]);
    const writer = caller(["write"]);

    expect((await reader.types()).map((t) => t.typeKey)).toContain("depends_on");
    expect(await codeOf(reader.create({ parentAssetId: app.assetId, childAssetId: dbServer.assetId, relationshipType: "depends_on" }))).toBe("FORBIDDEN");
    const edge = await writer.create({ parentAssetId: app.assetId, childAssetId: dbServer.assetId, relationshipType: "depends_on" });
    expect(edge.child.name).toBe("DB");
    expect(await codeOf(writer.create({ parentAssetId: dbServer.assetId, childAssetId: app.assetId, relationshipType: "depends_on" }))).toBe("CONFLICT");
    expect(await codeOf(writer.create({ parentAssetId: app.assetId, childAssetId: foreign.assetId, relationshipType: "depends_on" }))).toBe("NOT_FOUND");
    expect(await codeOf(writer.create({ parentAssetId: app.assetId, childAssetId: app.assetId, relationshipType: "depends_on" }))).toBe("BAD_REQUEST");
    expect(await codeOf(writer.createType({ typeKey: "mirrors", label: "m", inverseLabel: "m", acyclic: false, impactDirection: "none" }))).toBe("FORBIDDEN");

    expect((await reader.forAsset({ assetId: app.assetId })).outgoing).toHaveLength(1);
    expect((await reader.impact({ assetId: dbServer.assetId })).impacted.map((i) => i.name)).toEqual(["App"]);
    expect((await reader.serviceMap({ assetId: app.assetId })).nodes).toHaveLength(2);
    expect((await reader.tree({ assetId: app.assetId })).root.children).toEqual([]);
    await writer.delete({ relationshipId: edge.relationshipId });
    expect(await codeOf(writer.delete({ relationshipId: edge.relationshipId }))).toBe("NOT_FOUND");
  });
});
