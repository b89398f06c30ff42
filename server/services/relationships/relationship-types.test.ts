import { describe, expect, it } from "vitest";
import { useTestDatabase } from "../../../test/db";
import { asActor, makeAssets, makeTwoTenants, actingAs } from "../../../test/factories";
import { deleteRelationshipType, updateRelationshipType } from "./change-relationship-type";
import { createRelationship } from "./create-relationship";
import { createRelationshipType } from "./create-relationship-type";
import { listRelationshipTypes } from "./list-relationship-types";

const database = useTestDatabase();

describe("relationship types", () => {
  it("renames how a type reads; deletes a tenant's own unused type; refuses built-ins and used types", async () => {
    const { db } = database.current;
    const { a, b } = await makeTwoTenants(db);
    const admin = actingAs(db, a.tenantId, a.admin.actor);
    const renamed = await admin((ctx) => updateRelationshipType(ctx, { typeKey: "depends_on", data: { inverseLabel: "is required by" } }));
    expect(renamed).toMatchObject({ typeKey: "depends_on", label: "depends on", inverseLabel: "is required by" });
    await admin((ctx) => createRelationshipType(ctx, { typeKey: "licensed_by", label: "is licensed by", inverseLabel: "licenses", acyclic: true, impactDirection: "parent" }));
    const [x, y] = await makeAssets(db, a.tenantId, a.companies[0].companyId, [{ name: "X" }, { name: "Y" }]);
    await admin((ctx) => createRelationship(ctx, { parentAssetId: x.assetId, childAssetId: y.assetId, relationshipType: "licensed_by" }));
    await expect(admin((ctx) => deleteRelationshipType(ctx, { typeKey: "licensed_by" }))).rejects.toThrow('typeKey: "licensed_by" is used by 1 relationship(s); delete them first');
    await expect(admin((ctx) => deleteRelationshipType(ctx, { typeKey: "contains" }))).rejects.toThrow('typeKey: "contains" is built in and cannot be deleted');
    await admin((ctx) => createRelationshipType(ctx, { typeKey: "spare_for", label: "is a spare for", inverseLabel: "has spare", acyclic: false, impactDirection: "none" }));
    await admin((ctx) => deleteRelationshipType(ctx, { typeKey: "spare_for" }));
    const keys = (await admin((ctx) => listRelationshipTypes(ctx))).map((t) => t.typeKey);
    expect(keys).toContain("licensed_by");
    expect(keys).not.toContain("spare_for");
    // Another tenant's types are untouched and invisible; technicians may not manage types.
    const theirs = await asActor(db, b.tenantId, b.admin.actor, (ctx) => listRelationshipTypes(ctx));
    expect(theirs.find((t) => t.typeKey === "depends_on")?.inverseLabel).toBe("is needed by");
    await expect(asActor(db, b.tenantId, b.admin.actor, (ctx) => deleteRelationshipType(ctx, { typeKey: "licensed_by" }))).rejects.toThrow(/was not found/);
    await expect(asActor(db, a.tenantId, a.technician.actor, (ctx) => updateRelationshipType(ctx, { typeKey: "contains", data: { label: "holds" } }))).rejects.toThrow(/permission/);
  });
});
