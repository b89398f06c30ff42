import { randomUUID } from "node:crypto";
import { describe, expect, inject, it } from "vitest";
import type { Database } from "../../../db/client";
import { asActor, makeTwoTenants, actingAs, errorOf } from "../../../test/factories";
import { useTestDatabase } from "../../../test/db";
import type { Actor } from "../../context";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "../../errors";
import { listAudit } from "../audit/list-audit";
import { createCompany } from "../companies/create-company";
import { createContact } from "../contacts/create-contact";
import { listContacts } from "../contacts/list-contacts";
import { createLocation } from "./create-location";
import { deleteLocation } from "./delete-location";
import { listLocations } from "./list-locations";
import { updateLocation } from "./update-location";

const database = useTestDatabase();


type Tenant = Awaited<ReturnType<typeof makeTwoTenants>>["a"];

/** A fresh company with a known tree: Head office › Floor 1 › Server room, Head office › Floor 2, Branch. */
async function companyWithTree(db: Database, a: Tenant) {
  const run = actingAs(db, a.tenantId, a.technician.actor);
  const company = await run((ctx) => createCompany(ctx, { name: `Tree Co ${randomUUID()}` }));
  const companyId = company.companyId;
  const head = await run((ctx) =>
    createLocation(ctx, { companyId, name: "Head office", city: "Springfield", addressLine2: "  " }),
  );
  const branch = await run((ctx) => createLocation(ctx, { companyId, name: "branch", kind: "building" }));
  const floor2 = await run((ctx) =>
    createLocation(ctx, { companyId, name: "Floor 2", kind: "floor", parentLocationId: head.locationId }),
  );
  const floor1 = await run((ctx) =>
    createLocation(ctx, { companyId, name: "Floor 1", kind: "floor", parentLocationId: head.locationId }),
  );
  const server = await run((ctx) =>
    createLocation(ctx, { companyId, name: "Server room", kind: "room", parentLocationId: floor1.locationId }),
  );
  return { companyId, head, branch, floor1, floor2, server };
}

const list = (db: Database, tenantId: string, actor: Actor, companyId: string) =>
  asActor(db, tenantId, actor, (ctx) => listLocations(ctx, { companyId }));

describe("locations service", () => {
  it("creates a tree, lists it parents-first with depth and path, and audits each creation", async () => {
    const { db } = database.current;
    const { a } = await makeTwoTenants(db);
    const tree = await companyWithTree(db, a);
    expect(tree.head.addressLine2).toBeNull();
    expect(tree.head.kind).toBe("site");
    const rows = await list(db, a.tenantId, a.viewer.actor, tree.companyId);
    expect(rows.map((r) => [r.name, r.depth, r.path])).toEqual([
      ["branch", 0, []],
      ["Head office", 0, []],
      ["Floor 1", 1, ["Head office"]],
      ["Server room", 2, ["Head office", "Floor 1"]],
      ["Floor 2", 1, ["Head office"]],
    ]);
    expect(rows.find((r) => r.name === "Head office")?.city).toBe("Springfield");
    const audit = await asActor(db, a.tenantId, a.admin.actor, (ctx) => listAudit(ctx, { action: "location.created" }));
    const server = audit.items.find((e) => e.targetId === tree.server.locationId);
    expect(server?.details).toEqual({
      companyId: tree.companyId,
      name: "Server room",
      kind: "room",
      parentLocationId: tree.floor1.locationId,
    });
    expect(audit.items.filter((e) => e.details.companyId === tree.companyId)).toHaveLength(5);
  });

  it("renames and moves a location, recording the diff", async () => {
    const { db } = database.current;
    const { a } = await makeTwoTenants(db);
    const tree = await companyWithTree(db, a);
    const moved = await asActor(db, a.tenantId, a.technician.actor, (ctx) =>
      updateLocation(ctx, {
        locationId: tree.floor2.locationId,
        data: { name: "Warehouse floor", parentLocationId: tree.branch.locationId },
      }),
    );
    expect(moved.parentLocationId).toBe(tree.branch.locationId);
    const rows = await list(db, a.tenantId, a.viewer.actor, tree.companyId);
    expect(rows.map((r) => `${r.path.join("/")}|${r.name}`)).toEqual([
      "|branch",
      "branch|Warehouse floor",
      "|Head office",
      "Head office|Floor 1",
      "Head office/Floor 1|Server room",
    ]);
    const toRoot = await asActor(db, a.tenantId, a.technician.actor, (ctx) =>
      updateLocation(ctx, { locationId: tree.server.locationId, data: { parentLocationId: "" } }),
    );
    expect(toRoot.parentLocationId).toBeNull();
    const audit = await asActor(db, a.tenantId, a.admin.actor, (ctx) => listAudit(ctx, { action: "location.updated" }));
    expect(audit.items.find((e) => e.targetId === tree.floor2.locationId)?.details).toEqual({
      companyId: tree.companyId,
      diff: {
        name: { from: "Floor 2", to: "Warehouse floor" },
        parentLocationId: { from: tree.head.locationId, to: tree.branch.locationId },
      },
    });
    expect(audit.items.find((e) => e.targetId === tree.server.locationId)?.details).toEqual({
      companyId: tree.companyId,
      diff: { parentLocationId: { from: tree.floor1.locationId, to: null } },
    });
  });

  it("refuses a move under itself or a descendant, naming the loop, and changes nothing", async () => {
    const { db } = database.current;
    const { a } = await makeTwoTenants(db);
    const tree = await companyWithTree(db, a);
    const before = await list(db, a.tenantId, a.viewer.actor, tree.companyId);
    const move = (locationId: string, parentLocationId: string, name?: string) =>
      errorOf(
        asActor(db, a.tenantId, a.technician.actor, (ctx) =>
          updateLocation(ctx, { locationId, data: { parentLocationId, ...(name ? { name } : {}) } }),
        ),
      );
    const loop = await move(tree.head.locationId, tree.server.locationId, "Renamed HQ");
    expect(loop).toBeInstanceOf(ValidationError);
    expect(loop.message).toBe("parentLocationId: would create a loop: Head office › Floor 1 › Server room");
    expect((loop as ValidationError).issues).toEqual([
      { field: "parentLocationId", message: "would create a loop: Head office › Floor 1 › Server room" },
    ]);
    const self = await move(tree.floor1.locationId, tree.floor1.locationId);
    expect(self.message).toBe("parentLocationId: would create a loop: Floor 1");
    const other = await asActor(db, a.tenantId, a.technician.actor, (ctx) =>
      createLocation(ctx, { companyId: a.companies[0].companyId, name: "Elsewhere" }),
    );
    const foreignParent = await move(tree.floor1.locationId, other.locationId);
    expect(foreignParent.message).toBe("parentLocationId: must be a location of the same company");
    expect(await list(db, a.tenantId, a.viewer.actor, tree.companyId)).toEqual(before);
  });

  // Needs two connections: PGlite runs one transaction at a time, so the race cannot happen there.
  it.skipIf(inject("testDatabase").driver !== "postgres")(
    "makes a crossing move wait for the first to commit, then refuses it as a loop",
    async () => {
      const { db } = database.current;
      const { a } = await makeTwoTenants(db);
      const tree = await companyWithTree(db, a);
      const move = (locationId: string, parentLocationId: string, hold?: Promise<void>, moved?: () => void) =>
        asActor(db, a.tenantId, a.technician.actor, async (ctx) => {
          const row = await updateLocation(ctx, { locationId, data: { parentLocationId } });
          moved?.();
          await hold;
          return row;
        });
      let release!: () => void;
      const hold = new Promise<void>((resolve) => (release = resolve));
      let moved!: () => void;
      const firstMoved = new Promise<void>((resolve) => (moved = resolve));
      const first = move(tree.branch.locationId, tree.floor2.locationId, hold, moved);
      await firstMoved;
      // The first transaction is still open: each move alone passes the loop check on its own snapshot.
      const second = errorOf(move(tree.floor2.locationId, tree.branch.locationId));
      await new Promise((resolve) => setTimeout(resolve, 300));
      release();
      expect((await first).parentLocationId).toBe(tree.floor2.locationId);
      expect((await second).message).toBe("parentLocationId: would create a loop: Floor 2 › branch");
      const rows = await list(db, a.tenantId, a.viewer.actor, tree.companyId);
      expect(rows.map((r) => `${r.path.join("/")}|${r.name}`)).toEqual([
        "|Head office",
        "Head office|Floor 1",
        "Head office/Floor 1|Server room",
        "Head office|Floor 2",
        "Head office/Floor 2|branch",
      ]);
    },
  );

  it("refuses to delete a location with sub-locations and detaches contacts of a deleted one", async () => {
    const { db } = database.current;
    const { a } = await makeTwoTenants(db);
    const tree = await companyWithTree(db, a);
    const refused = await errorOf(
      asActor(db, a.tenantId, a.technician.actor, (ctx) => deleteLocation(ctx, { locationId: tree.head.locationId })),
    );
    expect(refused).toBeInstanceOf(ConflictError);
    expect(refused.message).toBe('"Head office" has 2 sub-locations; move or delete them first');
    const single = await errorOf(
      asActor(db, a.tenantId, a.technician.actor, (ctx) => deleteLocation(ctx, { locationId: tree.floor1.locationId })),
    );
    expect(single.message).toBe('"Floor 1" has 1 sub-location; move or delete them first');
    const person = await asActor(db, a.tenantId, a.technician.actor, (ctx) =>
      createContact(ctx, { companyId: tree.companyId, firstName: "Ada", lastName: "Byte", locationId: tree.server.locationId }),
    );
    expect(person.locationId).toBe(tree.server.locationId);
    const result = await asActor(db, a.tenantId, a.technician.actor, (ctx) =>
      deleteLocation(ctx, { locationId: tree.server.locationId }),
    );
    expect(result).toEqual({ locationId: tree.server.locationId, detachedContacts: 1 });
    const contacts = await asActor(db, a.tenantId, a.viewer.actor, (ctx) => listContacts(ctx, { companyId: tree.companyId }));
    expect(contacts.map((c) => [c.contactId, c.locationId])).toEqual([[person.contactId, null]]);
    const rows = await list(db, a.tenantId, a.viewer.actor, tree.companyId);
    expect(rows.map((r) => r.name)).toEqual(["branch", "Head office", "Floor 1", "Floor 2"]);
    const audit = await asActor(db, a.tenantId, a.admin.actor, (ctx) => listAudit(ctx, { action: "location.deleted" }));
    expect(audit.items.find((e) => e.targetId === tree.server.locationId)?.details).toEqual({
      companyId: tree.companyId,
      name: "Server room",
      detachedContactIds: [person.contactId],
    });
  });

  it("refuses bad input naming the field, and writes nothing", async () => {
    const { db } = database.current;
    const { a } = await makeTwoTenants(db);
    const tree = await companyWithTree(db, a);
    const before = await list(db, a.tenantId, a.viewer.actor, tree.companyId);
    const create = (input: Parameters<typeof createLocation>[1]) =>
      errorOf(asActor(db, a.tenantId, a.technician.actor, (ctx) => createLocation(ctx, input)));
    const { companyId } = tree;
    expect((await create({ companyId, name: "   " })).message).toBe("name: is required");
    const kind = await create({ companyId, name: "Garage", kind: "garage" as "site" });
    expect(kind).toBeInstanceOf(ValidationError);
    expect(kind.message).toBe("kind: must be one of site, building, floor, room, rack, other");
    expect((await create({ companyId, name: "X", parentLocationId: "nope" })).message).toBe(
      "parentLocationId: must be a location id",
    );
    expect((await create({ companyId, name: "X", parentLocationId: randomUUID() })).message).toBe(
      "parentLocationId: must be a location of the same company",
    );
    const rename = await errorOf(
      asActor(db, a.tenantId, a.technician.actor, (ctx) =>
        updateLocation(ctx, { locationId: tree.branch.locationId, data: { name: "" } }),
      ),
    );
    expect(rename.message).toBe("data.name: is required");
    expect(await list(db, a.tenantId, a.viewer.actor, tree.companyId)).toEqual(before);
  });

  it("answers NOT_FOUND for another tenant's company and locations, and leaves them alone", async () => {
    const { db } = database.current;
    const { a, b } = await makeTwoTenants(db);
    const foreignCompany = b.companies[0].companyId;
    const bBefore = await list(db, b.tenantId, b.admin.actor, foreignCompany);
    const leaf = bBefore.find((r) => !bBefore.some((c) => c.parentLocationId === r.locationId))!;
    const asA = <T>(fn: Parameters<typeof asActor<T>>[3]) => errorOf(asActor(db, a.tenantId, a.admin.actor, fn));
    const failures = [
      await asA((ctx) => listLocations(ctx, { companyId: foreignCompany })),
      await asA((ctx) => createLocation(ctx, { companyId: foreignCompany, name: "Sneaky" })),
      await asA((ctx) => updateLocation(ctx, { locationId: leaf.locationId, data: { name: "Sneaky" } })),
      await asA((ctx) => deleteLocation(ctx, { locationId: leaf.locationId })),
    ];
    for (const failure of failures) expect(failure).toBeInstanceOf(NotFoundError);
    expect(failures[0].message).toBe(`Company ${foreignCompany} was not found`);
    expect(failures[3].message).toBe(`Location ${leaf.locationId} was not found`);
    const ghost = randomUUID();
    const missing = await asA((ctx) => deleteLocation(ctx, { locationId: ghost }));
    expect(missing.message).toBe(`Location ${ghost} was not found`);
    // A parent of another tenant answers exactly like a parent that does not exist.
    const foreignParent = await asA((ctx) =>
      createLocation(ctx, { companyId: a.companies[0].companyId, name: "Sneaky", parentLocationId: leaf.locationId }),
    );
    expect(foreignParent.message).toBe("parentLocationId: must be a location of the same company");
    expect(await list(db, b.tenantId, b.admin.actor, foreignCompany)).toEqual(bBefore);
  });

  it("lets a viewer read but not write, and a client user not even read", async () => {
    const { db } = database.current;
    const { a } = await makeTwoTenants(db);
    const tree = await companyWithTree(db, a);
    const asViewer = <T>(fn: Parameters<typeof asActor<T>>[3]) => errorOf(asActor(db, a.tenantId, a.viewer.actor, fn));
    const denied = [
      await asViewer((ctx) => createLocation(ctx, { companyId: tree.companyId, name: "Nope" })),
      await asViewer((ctx) => updateLocation(ctx, { locationId: tree.branch.locationId, data: { name: "Nope" } })),
      await asViewer((ctx) => deleteLocation(ctx, { locationId: tree.branch.locationId })),
      await errorOf(asActor(db, a.tenantId, a.client.actor, (ctx) => listLocations(ctx, { companyId: tree.companyId }))),
    ];
    for (const error of denied) expect(error).toBeInstanceOf(ForbiddenError);
    expect(denied[0].message).toBe("You do not have permission to do this (companies.write)");
    expect(denied[3].message).toBe("You do not have permission to do this (companies.read)");
    expect((await list(db, a.tenantId, a.viewer.actor, tree.companyId)).map((r) => r.name)).toContain("branch");
  });
});
