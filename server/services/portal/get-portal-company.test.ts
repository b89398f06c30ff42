import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { contacts, locations } from "../../../db/schema";
import type { Database } from "../../../db/client";
import { asActor, makeTwoTenants, makeUser, type TestUser } from "../../../test/factories";
import { useTestDatabase } from "../../../test/db";
import type { Actor } from "../../context";
import { setFlag } from "../flags/flags";
import { getPortalCompany } from "./get-portal-company";

const database = useTestDatabase();

async function enablePortal(db: Database, tenantId: string, admin: TestUser) {
  await asActor(db, tenantId, admin.actor, (ctx) => setFlag(ctx, { key: "client_portal", enabled: true }));
}

describe("getPortalCompany", () => {
  it("shows a client user their own company, its locations and active contacts — nothing of other companies", async () => {
    const { db } = database.current;
    const { a } = await makeTwoTenants(db);
    const [own, other] = a.companies;
    await enablePortal(db, a.tenantId, a.admin);
    // Archive one contact of the company: the portal lists only the current ones.
    const ofOwn = {
      contacts: and(eq(contacts.tenant, a.tenantId), eq(contacts.companyId, own.companyId)),
      locations: and(eq(locations.tenant, a.tenantId), eq(locations.companyId, own.companyId)),
    };
    const archived = await asActor(db, a.tenantId, a.admin.actor, async (ctx) => {
      const [first] = await ctx.db.select().from(contacts).where(ofOwn.contacts);
      await ctx.db
        .update(contacts)
        .set({ archivedAt: new Date() })
        .where(and(eq(contacts.tenant, a.tenantId), eq(contacts.contactId, first.contactId)));
      return first;
    });
    const expected = await asActor(db, a.tenantId, a.admin.actor, async (ctx) => ({
      locations: await ctx.db.select().from(locations).where(ofOwn.locations),
      contacts: await ctx.db.select().from(contacts).where(ofOwn.contacts),
    }));
    expect(expected.locations.length).toBeGreaterThan(0);

    const view = await asActor(db, a.tenantId, a.client.actor, (ctx) => getPortalCompany(ctx));
    if (!view.enabled) throw new Error("the portal should be enabled");
    expect(view.company).toEqual({ companyId: own.companyId, name: own.name, phone: own.phone, website: own.website });
    expect(view.company.name).not.toBe(other.name);
    expect(view.locations.map((l) => l.locationId).sort()).toEqual(expected.locations.map((l) => l.locationId).sort());
    const active = expected.contacts.filter((c) => c.contactId !== archived.contactId);
    expect(view.contacts.map((c) => c.contactId).sort()).toEqual(active.map((c) => c.contactId).sort());
    expect(view.contacts.map((c) => c.name)).not.toContain(`${archived.firstName} ${archived.lastName}`);
  });

  it("says the portal is off, with no company data, until the provider enables it", async () => {
    const { db } = database.current;
    const { a } = await makeTwoTenants(db);
    const view = await asActor(db, a.tenantId, a.client.actor, (ctx) => getPortalCompany(ctx));
    expect(view).toEqual({ enabled: false });
  });

  it("refuses staff and API tokens (portal.read is for client users only)", async () => {
    const { db } = database.current;
    const { a } = await makeTwoTenants(db);
    await enablePortal(db, a.tenantId, a.admin);
    for (const user of [a.admin, a.technician, a.viewer]) {
      await expect(asActor(db, a.tenantId, user.actor, (ctx) => getPortalCompany(ctx))).rejects.toThrow(/portal\.read/);
    }
    const token: Actor = { type: "token", tokenId: randomUUID(), name: "ci", scopes: ["admin"] };
    await expect(asActor(db, a.tenantId, token, (ctx) => getPortalCompany(ctx))).rejects.toThrow(/portal\.read/);
  });

  it("shows another tenant's client user nothing of this tenant's company", async () => {
    const { db } = database.current;
    const { a, b } = await makeTwoTenants(db);
    await enablePortal(db, a.tenantId, a.admin);
    await enablePortal(db, b.tenantId, b.admin);
    const bClient = await makeUser(db, b.tenantId, "client_user", { companyId: b.companies[0].companyId });

    const bView = await asActor(db, b.tenantId, bClient.actor, (ctx) => getPortalCompany(ctx));
    expect(bView.enabled && bView.company.companyId).toBe(b.companies[0].companyId);

    // Even a membership that somehow named tenant A's company finds nothing from inside tenant B.
    const forged = { ...bClient.actor, companyId: a.companies[0].companyId };
    await expect(asActor(db, b.tenantId, forged, (ctx) => getPortalCompany(ctx))).rejects.toThrow(/was not found/);
    // And tenant A's client user, run in tenant B's scope, does not reach their company either.
    await expect(asActor(db, b.tenantId, a.client.actor, (ctx) => getPortalCompany(ctx))).rejects.toThrow(/was not found/);
  });
});
