import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { Database } from "../../../db/client";
import { asActor, makeTwoTenants, errorOf, type ServiceRunner } from "../../../test/factories";
import { useTestDatabase } from "../../../test/db";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "../../errors";
import { listAudit } from "../audit/list-audit";
import { createCompany } from "../companies/create-company";
import { createLocation } from "../locations/create-location";
import { archiveContact } from "./archive-contact";
import { createContact } from "./create-contact";
import { listContacts } from "./list-contacts";
import { updateContact } from "./update-contact";

const database = useTestDatabase();


type Tenant = Awaited<ReturnType<typeof makeTwoTenants>>["a"];
type Run = ServiceRunner;

/** A fresh company with one location, and helpers that act in tenant A as a technician or read as a viewer. */
async function setup(db: Database, a: Tenant) {
  const write: Run = (fn) => asActor(db, a.tenantId, a.technician.actor, fn);
  const company = await write((ctx) => createCompany(ctx, { name: `People Co ${randomUUID()}` }));
  const companyId = company.companyId;
  const office = await write((ctx) => createLocation(ctx, { companyId, name: "Office" }));
  const names = async (includeArchived = false) =>
    (await asActor(db, a.tenantId, a.viewer.actor, (ctx) => listContacts(ctx, { companyId, includeArchived }))).map(
      (c) => `${c.firstName} ${c.lastName}${c.isPrimary ? " *" : ""}`,
    );
  const auditOf = async (targetId: string) =>
    (await asActor(db, a.tenantId, a.admin.actor, (ctx) => listAudit(ctx, {}))).items.filter(
      (e) => e.targetId === targetId,
    );
  return { write, companyId, office, names, auditOf };
}

describe("contacts service", () => {
  it("creates, lists by last then first name, updates, archives and restores — auditing each", async () => {
    const { db } = database.current;
    const { a } = await makeTwoTenants(db);
    const { write, companyId, office, names, auditOf } = await setup(db, a);
    const ada = await write((ctx) =>
      createContact(ctx, {
        companyId,
        firstName: "Ada",
        lastName: "Zuse",
        email: "ada@people.example",
        phone: "",
        locationId: office.locationId,
      }),
    );
    expect(ada.phone).toBeNull();
    expect(ada.isPrimary).toBe(false);
    await write((ctx) => createContact(ctx, { companyId, firstName: "Carl", lastName: "Babbage" }));
    await write((ctx) => createContact(ctx, { companyId, firstName: "Alan", lastName: "Babbage", email: "" }));
    expect(await names()).toEqual(["Alan Babbage", "Carl Babbage", "Ada Zuse"]);
    const listed = await asActor(db, a.tenantId, a.viewer.actor, (ctx) => listContacts(ctx, { companyId }));
    expect(listed.find((c) => c.contactId === ada.contactId)?.locationName).toBe("Office");

    const updated = await write((ctx) =>
      updateContact(ctx, { contactId: ada.contactId, data: { title: "CTO", email: "ADA@people.example" } }),
    );
    expect(updated.title).toBe("CTO");
    await write((ctx) => archiveContact(ctx, { contactId: ada.contactId }));
    expect(await names()).toEqual(["Alan Babbage", "Carl Babbage"]);
    expect(await names(true)).toEqual(["Alan Babbage", "Carl Babbage", "Ada Zuse"]);
    const restored = await write((ctx) => archiveContact(ctx, { contactId: ada.contactId, archived: false }));
    expect(restored.archivedAt).toBeNull();
    expect(await names()).toHaveLength(3);

    const audit = await auditOf(ada.contactId);
    expect(audit.map((e) => e.action)).toEqual([
      "contact.restored",
      "contact.archived",
      "contact.updated",
      "contact.created",
    ]);
    expect(audit[2].details).toEqual({
      companyId,
      diff: { title: { from: null, to: "CTO" }, email: { from: "ada@people.example", to: "ADA@people.example" } },
    });
    expect(audit[3].details).toEqual({ companyId, name: "Ada Zuse", isPrimary: false });
    expect(audit[1].details).toEqual({ companyId, name: "Ada Zuse" });
  });

  it("keeps one primary contact per company", async () => {
    const { db } = database.current;
    const { a } = await makeTwoTenants(db);
    const { write, companyId, names, auditOf } = await setup(db, a);
    const first = await write((ctx) => createContact(ctx, { companyId, firstName: "Pat", lastName: "One", isPrimary: true }));
    const second = await write((ctx) =>
      createContact(ctx, { companyId, firstName: "Sam", lastName: "Two", isPrimary: true }),
    );
    expect(await names()).toEqual(["Pat One", "Sam Two *"]);
    expect((await auditOf(second.contactId))[0].details).toEqual({
      companyId,
      name: "Sam Two",
      isPrimary: true,
      primaryClearedFrom: [first.contactId],
    });
    await write((ctx) => updateContact(ctx, { contactId: first.contactId, data: { isPrimary: true } }));
    expect(await names()).toEqual(["Pat One *", "Sam Two"]);
    // Other companies keep their own primary contact.
    const other = await asActor(db, a.tenantId, a.viewer.actor, (ctx) =>
      listContacts(ctx, { companyId: a.companies[0].companyId }),
    );
    expect(other.filter((c) => c.isPrimary)).toHaveLength(1);
    // An archived contact stops being primary and cannot be made primary.
    await write((ctx) => archiveContact(ctx, { contactId: first.contactId }));
    expect(await names(true)).toEqual(["Pat One", "Sam Two"]);
    expect((await auditOf(first.contactId))[0].details).toEqual({ companyId, name: "Pat One", wasPrimary: true });
    const refused = await errorOf(
      write((ctx) => updateContact(ctx, { contactId: first.contactId, data: { isPrimary: true } })),
    );
    expect(refused.message).toBe("isPrimary: an archived contact cannot be primary; restore it first");
  });

  it("leaves exactly one primary when two contacts are made primary at once", async () => {
    const { db } = database.current;
    const { a } = await makeTwoTenants(db);
    const { write, companyId, names } = await setup(db, a);
    const people = await Promise.all(
      ["One", "Two", "Three"].map((lastName) => write((ctx) => createContact(ctx, { companyId, firstName: "Con", lastName }))),
    );
    await Promise.all(
      people.map((p) => write((ctx) => updateContact(ctx, { contactId: p.contactId, data: { isPrimary: true } }))),
    );
    expect((await names()).filter((n) => n.endsWith(" *"))).toHaveLength(1);
  });

  it("turns a duplicate email into a conflict on the email field, and writes nothing", async () => {
    const { db } = database.current;
    const { a } = await makeTwoTenants(db);
    const { write, companyId, names } = await setup(db, a);
    await write((ctx) =>
      createContact(ctx, { companyId, firstName: "Kim", lastName: "Lee", email: "kim@people.example", isPrimary: true }),
    );
    const sam = await write((ctx) => createContact(ctx, { companyId, firstName: "Sam", lastName: "Ng" }));
    // The would-be primary fails on its email: the old primary keeps its flag.
    const dup = await errorOf(
      write((ctx) =>
        createContact(ctx, { companyId, firstName: "Kim", lastName: "Twin", email: "KIM@people.example", isPrimary: true }),
      ),
    );
    expect(dup).toBeInstanceOf(ConflictError);
    expect(dup.message).toBe('email: another contact of this company already uses "KIM@people.example"');
    const update = await errorOf(
      write((ctx) =>
        updateContact(ctx, { contactId: sam.contactId, data: { email: "kim@people.example", isPrimary: true } }),
      ),
    );
    expect(update).toBeInstanceOf(ConflictError);
    expect(update.message).toMatch(/^email: /);
    expect(await names()).toEqual(["Kim Lee *", "Sam Ng"]);
    // The same email at another company is fine.
    const elsewhere = await write((ctx) =>
      createContact(ctx, { companyId: a.companies[0].companyId, firstName: "Kim", lastName: "Lee", email: "kim@people.example" }),
    );
    expect(elsewhere.email).toBe("kim@people.example");
  });

  it("refuses bad input naming the field, and writes nothing", async () => {
    const { db } = database.current;
    const { a } = await makeTwoTenants(db);
    const { write, companyId, names } = await setup(db, a);
    const create = (input: Parameters<typeof createContact>[1]) => errorOf(write((ctx) => createContact(ctx, input)));
    const email = await create({ companyId, firstName: "Bad", lastName: "Email", email: "not-an-email" });
    expect(email).toBeInstanceOf(ValidationError);
    expect(email.message).toBe("email: must be an email address");
    expect((await create({ companyId, firstName: " ", lastName: "Blank" })).message).toBe("firstName: is required");
    const foreignLocation = await write((ctx) =>
      createLocation(ctx, { companyId: a.companies[0].companyId, name: "Other office" }),
    );
    expect(
      (await create({ companyId, firstName: "Wrong", lastName: "Place", locationId: foreignLocation.locationId })).message,
    ).toBe("locationId: must be a location of the same company");
    expect((await create({ companyId, firstName: "Bad", lastName: "Id", locationId: "x" })).message).toBe(
      "locationId: must be a location id",
    );
    const ok = await write((ctx) => createContact(ctx, { companyId, firstName: "Good", lastName: "Person" }));
    const badUpdate = await errorOf(
      write((ctx) => updateContact(ctx, { contactId: ok.contactId, data: { lastName: "Renamed", email: "nope@" } })),
    );
    expect(badUpdate.message).toBe("data.email: must be an email address");
    expect(await names(true)).toEqual(["Good Person"]);
  });

  it("answers NOT_FOUND for another tenant's company and contacts, and leaves them alone", async () => {
    const { db } = database.current;
    const { a, b } = await makeTwoTenants(db);
    const foreignCompany = b.companies[0].companyId;
    const readB = () => asActor(db, b.tenantId, b.admin.actor, (ctx) => listContacts(ctx, { companyId: foreignCompany }));
    const bBefore = await readB();
    const target = bBefore.find((c) => c.locationId !== null)!;
    const asA: Run = (fn) => asActor(db, a.tenantId, a.admin.actor, fn);
    const failures = [
      await errorOf(asA((ctx) => listContacts(ctx, { companyId: foreignCompany }))),
      await errorOf(asA((ctx) => createContact(ctx, { companyId: foreignCompany, firstName: "S", lastName: "Neaky" }))),
      await errorOf(asA((ctx) => updateContact(ctx, { contactId: target.contactId, data: { firstName: "Sneaky" } }))),
      await errorOf(asA((ctx) => archiveContact(ctx, { contactId: target.contactId }))),
    ];
    for (const failure of failures) expect(failure).toBeInstanceOf(NotFoundError);
    expect(failures[0].message).toBe(`Company ${foreignCompany} was not found`);
    expect(failures[2].message).toBe(`Contact ${target.contactId} was not found`);
    const ghost = randomUUID();
    expect((await errorOf(asA((ctx) => archiveContact(ctx, { contactId: ghost })))).message).toBe(
      `Contact ${ghost} was not found`,
    );
    // A location of another tenant answers exactly like one that does not exist.
    const foreignPlace = await errorOf(
      asA((ctx) =>
        createContact(ctx, {
          companyId: a.companies[0].companyId,
          firstName: "S",
          lastName: "Neaky",
          locationId: target.locationId ?? randomUUID(),
        }),
      ),
    );
    expect(foreignPlace.message).toBe("locationId: must be a location of the same company");
    expect(await readB()).toEqual(bBefore);
  });

  it("lets a viewer read but not write, and a client user not even read", async () => {
    const { db } = database.current;
    const { a } = await makeTwoTenants(db);
    const { write, companyId, names } = await setup(db, a);
    const kept = await write((ctx) => createContact(ctx, { companyId, firstName: "Kept", lastName: "Safe" }));
    const asViewer: Run = (fn) => asActor(db, a.tenantId, a.viewer.actor, fn);
    const denied = [
      await errorOf(asViewer((ctx) => createContact(ctx, { companyId, firstName: "No", lastName: "Way" }))),
      await errorOf(asViewer((ctx) => updateContact(ctx, { contactId: kept.contactId, data: { firstName: "No" } }))),
      await errorOf(asViewer((ctx) => archiveContact(ctx, { contactId: kept.contactId }))),
      await errorOf(asActor(db, a.tenantId, a.client.actor, (ctx) => listContacts(ctx, { companyId }))),
    ];
    for (const error of denied) expect(error).toBeInstanceOf(ForbiddenError);
    expect(denied[0].message).toBe("You do not have permission to do this (companies.write)");
    expect(denied[3].message).toBe("You do not have permission to do this (companies.read)");
    expect(await names()).toEqual(["Kept Safe"]);
  });
});
