import { describe, expect, it } from "vitest";
import { asActor, makeTwoTenants } from "../../../test/factories";
import { useTestDatabase } from "../../../test/db";
import { listAudit } from "../audit/list-audit";
import { archiveCompany } from "./archive-company";
import { createCompany } from "./create-company";
import { getCompany } from "./get-company";
import { listCompanies } from "./list-companies";
import { updateCompany } from "./update-company";

const database = useTestDatabase();

describe("companies service", () => {
  it("creates, finds by search, updates, archives — with an audit row for each change", async () => {
    const { db } = database.current;
    const { a } = await makeTwoTenants(db);
    const created = await asActor(db, a.tenantId, a.technician.actor, (ctx) =>
      createCompany(ctx, { name: "Zebra Dental", code: "ZEB", domain: "zebra.example", website: "" }),
    );
    expect(created.website).toBeNull();
    const found = await asActor(db, a.tenantId, a.viewer.actor, (ctx) => listCompanies(ctx, { search: "ebra d" }));
    expect(found.items.map((c) => c.name)).toEqual(["Zebra Dental"]);
    await asActor(db, a.tenantId, a.technician.actor, (ctx) =>
      updateCompany(ctx, { companyId: created.companyId, data: { phone: "+1 555 0100" } }),
    );
    await asActor(db, a.tenantId, a.technician.actor, (ctx) => archiveCompany(ctx, { companyId: created.companyId }));
    const afterArchive = await asActor(db, a.tenantId, a.viewer.actor, (ctx) => listCompanies(ctx, { search: "Zebra" }));
    expect(afterArchive.items).toHaveLength(0);
    const audit = await asActor(db, a.tenantId, a.admin.actor, (ctx) => listAudit(ctx, {}));
    const forCompany = audit.items.filter((e) => e.targetId === created.companyId).map((e) => e.action);
    expect(forCompany).toEqual(["company.archived", "company.updated", "company.created"]);
    const update = audit.items.find((e) => e.action === "company.updated");
    expect(update?.details).toEqual({ diff: { phone: { from: null, to: "+1 555 0100" } } });
  });

  it("pages with a keyset cursor through every company exactly once", async () => {
    const { db } = database.current;
    const { a } = await makeTwoTenants(db);
    for (let i = 0; i < 7; i++) {
      await asActor(db, a.tenantId, a.admin.actor, (ctx) => createCompany(ctx, { name: `Paging Co ${i}` }));
    }
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: Awaited<ReturnType<typeof listCompanies>> = await asActor(db, a.tenantId, a.viewer.actor, (ctx) =>
        listCompanies(ctx, { limit: 3, cursor }),
      );
      seen.push(...page.items.map((c) => c.name));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toHaveLength(10);
    expect(new Set(seen).size).toBe(10);
    expect([...seen]).toEqual([...seen].sort((x, y) => x.toLowerCase().localeCompare(y.toLowerCase())));
  });

  it("counts each company's own locations and active contacts", async () => {
    const { db } = database.current;
    const { a } = await makeTwoTenants(db);
    const { locations, contacts } = await import("../../../db/schema");
    const { eq, and, isNull, count } = await import("drizzle-orm");
    const { withTenant } = await import("../../../db/tenant");
    const listed = await asActor(db, a.tenantId, a.viewer.actor, (ctx) => listCompanies(ctx, {}));
    expect(listed.items.length).toBeGreaterThan(1);
    for (const company of listed.items) {
      const [[l], [c]] = await withTenant(db, a.tenantId, (tx) =>
        Promise.all([
          tx.select({ n: count() }).from(locations).where(eq(locations.companyId, company.companyId)),
          tx.select({ n: count() }).from(contacts).where(and(eq(contacts.companyId, company.companyId), isNull(contacts.archivedAt))),
        ]),
      );
      expect({ name: company.name, locations: company.locationCount, contacts: company.contactCount }).toEqual({
        name: company.name,
        locations: l.n,
        contacts: c.n,
      });
    }
    // The demo generator gives companies different shapes, so equal counts everywhere would be a bug.
    expect(new Set(listed.items.map((i) => i.locationCount)).size).toBeGreaterThan(1);
  });

  it("refuses a duplicate name with a conflict naming the field, and writes nothing", async () => {
    const { db } = database.current;
    const { a } = await makeTwoTenants(db);
    await asActor(db, a.tenantId, a.admin.actor, (ctx) => createCompany(ctx, { name: "Twin Corp" }));
    await expect(
      asActor(db, a.tenantId, a.admin.actor, (ctx) => createCompany(ctx, { name: "twin corp" })),
    ).rejects.toThrow(/name: a company named "twin corp" already exists/);
  });

  it("refuses invalid input naming the field", async () => {
    const { db } = database.current;
    const { a } = await makeTwoTenants(db);
    await expect(
      asActor(db, a.tenantId, a.admin.actor, (ctx) => createCompany(ctx, { name: "  " })),
    ).rejects.toThrow(/name: is required/);
    await expect(
      asActor(db, a.tenantId, a.admin.actor, (ctx) => createCompany(ctx, { name: "Ok", website: "ftp://x" })),
    ).rejects.toThrow(/website: must start with http/);
    const list = await asActor(db, a.tenantId, a.admin.actor, (ctx) => listCompanies(ctx, { search: "Ok" }));
    expect(list.items.filter((c) => c.name === "Ok")).toHaveLength(0);
  });

  it("answers NOT_FOUND for another tenant's company and a viewer may not write", async () => {
    const { db } = database.current;
    const { a, b } = await makeTwoTenants(db);
    const foreign = b.companies[0].companyId;
    await expect(
      asActor(db, a.tenantId, a.admin.actor, (ctx) => getCompany(ctx, { companyId: foreign })),
    ).rejects.toThrow(/was not found/);
    await expect(
      asActor(db, a.tenantId, a.viewer.actor, (ctx) => createCompany(ctx, { name: "Nope" })),
    ).rejects.toThrow(/permission/);
    await expect(
      asActor(db, a.tenantId, a.client.actor, (ctx) => listCompanies(ctx, {})),
    ).rejects.toThrow(/permission/);
  });
});
