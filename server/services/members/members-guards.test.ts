import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import type { Database } from "../../../db/client";
import { tenantMemberships, users } from "../../../db/schema";
import { asActor, makeTwoTenants, makeUser, actingAs } from "../../../test/factories";
import { useTestDatabase } from "../../../test/db";
import { createAppServices } from "../../app-services";
import { loadConfig } from "../../config";
import type { Actor } from "../../context";
import { createLogger } from "../../logger";
import { createCallerFactory } from "../../trpc/init";
import { membersRouter } from "../../trpc/routers/members";
import { addMember } from "./add-member";
import { changeRole } from "./change-role";
import { listMembers } from "./list-members";
import { removeMember } from "./remove-member";

const database = useTestDatabase();

const membershipsOf = (db: Database, userId: string) =>
  db
    .select({ tenant: tenantMemberships.tenant, role: tenantMemberships.role })
    .from(tenantMemberships)
    .where(eq(tenantMemberships.userId, userId));

describe("members service: guards", () => {
  it("never leaves a tenant without an active admin", async () => {
    const { db } = database.current;
    const { a } = await makeTwoTenants(db);
    const asAdmin = actingAs(db, a.tenantId, a.admin.actor);
    await expect(asAdmin((ctx) => changeRole(ctx, { userId: a.admin.userId, role: "technician" }))).rejects.toThrow(
      /^role: .+ is the last admin of this workspace/,
    );
    await expect(asAdmin((ctx) => removeMember(ctx, { userId: a.admin.userId }))).rejects.toThrow(
      /^userId: .+ is the last admin of this workspace/,
    );
    // A disabled admin cannot sign in, so they are no replacement.
    const second = await makeUser(db, a.tenantId, "admin");
    await db.update(users).set({ disabledAt: new Date() }).where(eq(users.userId, second.userId));
    await expect(asAdmin((ctx) => removeMember(ctx, { userId: a.admin.userId }))).rejects.toThrow(/last admin/);
    expect(await membershipsOf(db, a.admin.userId)).toEqual([{ tenant: a.tenantId, role: "admin" }]);

    await db.update(users).set({ disabledAt: null }).where(eq(users.userId, second.userId));
    const demoted = await asAdmin((ctx) => changeRole(ctx, { userId: a.admin.userId, role: "viewer" }));
    expect(demoted.role).toBe("viewer");
    await expect(
      asActor(db, a.tenantId, second.actor, (ctx) => removeMember(ctx, { userId: second.userId })),
    ).rejects.toThrow(/last admin/);
  });

  it("lets only one of two admins demoting each other at the same moment succeed", async () => {
    const { db } = database.current;
    const { a } = await makeTwoTenants(db);
    const second = await makeUser(db, a.tenantId, "admin");
    const results = await Promise.allSettled([
      asActor(db, a.tenantId, second.actor, (ctx) => changeRole(ctx, { userId: a.admin.userId, role: "viewer" })),
      asActor(db, a.tenantId, a.admin.actor, (ctx) => changeRole(ctx, { userId: second.userId, role: "viewer" })),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
    const failure = results.find((r) => r.status === "rejected");
    expect(String(failure?.reason)).toMatch(/last admin/);
    const roles = [...(await membershipsOf(db, a.admin.userId)), ...(await membershipsOf(db, second.userId))].map((m) => m.role);
    expect(roles.sort()).toEqual(["admin", "viewer"]);
  });

  it("removes the membership only; the account stays for the person's other tenants", async () => {
    const { db } = database.current;
    const { a, b } = await makeTwoTenants(db);
    await asActor(db, b.tenantId, b.admin.actor, (ctx) => addMember(ctx, { email: a.technician.email, name: "x", role: "viewer" }));
    const result = await asActor(db, a.tenantId, a.admin.actor, (ctx) => removeMember(ctx, { userId: a.technician.userId }));
    expect(result).toEqual({ userId: a.technician.userId, removed: true });
    expect(await membershipsOf(db, a.technician.userId)).toEqual([{ tenant: b.tenantId, role: "viewer" }]);
    expect((await db.select().from(users).where(eq(users.userId, a.technician.userId))).length).toBe(1);
    const list = await asActor(db, a.tenantId, a.admin.actor, (ctx) => listMembers(ctx));
    expect(list.map((m) => m.userId)).not.toContain(a.technician.userId);
  });

  it("answers NOT_FOUND for a member of another tenant and leaves them unchanged", async () => {
    const { db } = database.current;
    const { a, b } = await makeTwoTenants(db);
    const outsider = await makeUser(db, b.tenantId, "technician");
    await expect(
      asActor(db, a.tenantId, a.admin.actor, (ctx) => changeRole(ctx, { userId: outsider.userId, role: "viewer" })),
    ).rejects.toThrow(new RegExp(`^Member ${outsider.userId} was not found$`));
    await expect(
      asActor(db, a.tenantId, a.admin.actor, (ctx) => removeMember(ctx, { userId: b.admin.userId })),
    ).rejects.toThrow(/was not found/);
    expect(await membershipsOf(db, outsider.userId)).toEqual([{ tenant: b.tenantId, role: "technician" }]);
    expect(await membershipsOf(db, b.admin.userId)).toEqual([{ tenant: b.tenantId, role: "admin" }]);
  });

  it("lets only admins manage members, and only staff list them", async () => {
    const { db } = database.current;
    const { a } = await makeTwoTenants(db);
    for (const actor of [a.technician.actor, a.viewer.actor, a.client.actor]) {
      const run = actingAs(db, a.tenantId, actor);
      await expect(
        run((ctx) => addMember(ctx, { email: "denied@example.test", name: "D", role: "admin", password: "long enough password" })),
      ).rejects.toThrow(/permission to do this \(members\.manage\)/);
      await expect(run((ctx) => changeRole(ctx, { userId: actor.userId, role: "admin" }))).rejects.toThrow(/members\.manage/);
      await expect(run((ctx) => removeMember(ctx, { userId: a.admin.userId }))).rejects.toThrow(/members\.manage/);
    }
    await expect(asActor(db, a.tenantId, a.client.actor, (ctx) => listMembers(ctx))).rejects.toThrow(/members\.read/);
    expect((await db.select().from(users).where(eq(users.email, "denied@example.test"))).length).toBe(0);
    expect(await membershipsOf(db, a.technician.userId)).toEqual([{ tenant: a.tenantId, role: "technician" }]);
    expect(await membershipsOf(db, a.admin.userId)).toEqual([{ tenant: a.tenantId, role: "admin" }]);
  });

  it("serves the same rules through the tRPC router", async () => {
    const { db } = database.current;
    const { a } = await makeTwoTenants(db);
    const app = createAppServices(loadConfig({ NODE_ENV: "test", LOG_LEVEL: "silent" }), database.current, createLogger("silent"));
    const callerAs = (actor: Actor) =>
      createCallerFactory(membersRouter)({
        app,
        meta: { requestId: "test", ip: "127.0.0.1", secure: false, userAgent: null },
        auth: { kind: "token", tenantId: a.tenantId, actor },
        authError: null,
      });
    const readToken: Actor = { type: "token", tokenId: crypto.randomUUID(), name: "reader", scopes: ["read"] };
    expect((await callerAs(readToken).list()).map((m) => m.userId)).toContain(a.viewer.userId);
    await expect(callerAs(readToken).remove({ userId: a.viewer.userId })).rejects.toMatchObject({ code: "FORBIDDEN" });
    const admin = callerAs(a.admin.actor);
    await expect(admin.add({ email: "nope", name: "N", role: "viewer", password: "long enough password" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    await expect(admin.changeRole({ userId: a.admin.userId, role: "viewer" })).rejects.toMatchObject({ code: "CONFLICT" });
    const added = await admin.add({ email: `via-api-${Date.now()}@example.test`, name: "Via API", role: "viewer", password: "long enough password" });
    expect((await admin.list()).map((m) => m.userId)).toContain(added.userId);
  });
});
