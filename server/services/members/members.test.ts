import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import type { Database } from "../../../db/client";
import { tenantMemberships, users } from "../../../db/schema";
import { asActor, makeTwoTenants } from "../../../test/factories";
import { useTestDatabase } from "../../../test/db";
import { verifyPassword } from "../../auth/password";
import { listAudit } from "../audit/list-audit";
import { addMember } from "./add-member";
import { changeRole } from "./change-role";
import { listMembers } from "./list-members";

const database = useTestDatabase();

// Read as the connection's owner, outside RLS, to see what really is in the tables.
const membershipsOf = (db: Database, userId: string) =>
  db
    .select({ tenant: tenantMemberships.tenant, role: tenantMemberships.role, companyId: tenantMemberships.companyId })
    .from(tenantMemberships)
    .where(eq(tenantMemberships.userId, userId));
const userByEmail = async (db: Database, email: string) =>
  (await db.select().from(users).where(eq(sql`lower(${users.email})`, email.toLowerCase())))[0];

describe("members service", () => {
  it("lists the tenant's members by name with the client user's company, and nobody of another tenant", async () => {
    const { db } = database.current;
    const { a } = await makeTwoTenants(db);
    const list = await asActor(db, a.tenantId, a.viewer.actor, (ctx) => listMembers(ctx));
    expect(list.map((m) => [m.email, m.name, m.role, m.companyName])).toEqual([
      [a.admin.email, "Test admin", "admin", null],
      [a.client.email, "Test client_user", "client_user", a.companies[0].name],
      [a.technician.email, "Test technician", "technician", null],
      [a.viewer.email, "Test viewer", "viewer", null],
    ]);
    expect(list[1].companyId).toBe(a.companies[0].companyId);
    expect(list[0].createdAt).toBeInstanceOf(Date);
    expect(list[0].disabledAt).toBeNull();
  });

  it("creates a brand-new account whose password verifies, and audits it", async () => {
    const { db } = database.current;
    const { a } = await makeTwoTenants(db);
    const email = `New.Person.${Date.now()}@Example.test`;
    const member = await asActor(db, a.tenantId, a.admin.actor, (ctx) =>
      addMember(ctx, { email, name: "  New Person ", role: "technician", password: "correct horse battery" }),
    );
    expect(member).toMatchObject({ email: email.toLowerCase(), name: "New Person", role: "technician", companyId: null, companyName: null });
    const user = await userByEmail(db, email);
    expect(user.userId).toBe(member.userId);
    expect(await verifyPassword(user.passwordHash!, "correct horse battery")).toBe(true);
    expect(await verifyPassword(user.passwordHash!, "wrong horse battery")).toBe(false);
    expect(await membershipsOf(db, member.userId)).toEqual([{ tenant: a.tenantId, role: "technician", companyId: null }]);
    const audit = await asActor(db, a.tenantId, a.admin.actor, (ctx) => listAudit(ctx, { action: "member.added" }));
    expect(audit.items).toHaveLength(1);
    expect(audit.items[0]).toMatchObject({ targetId: member.userId, actorId: a.admin.userId });
    expect(audit.items[0].details).toMatchObject({ email: email.toLowerCase(), role: "technician", newAccount: true });
  });

  it("adds a person of another tenant by email without touching their account; each tenant lists only its own", async () => {
    const { db } = database.current;
    const { a, b } = await makeTwoTenants(db);
    const before = await userByEmail(db, b.admin.email);
    const member = await asActor(db, a.tenantId, a.admin.actor, (ctx) =>
      addMember(ctx, { email: b.admin.email.toUpperCase(), name: "Renamed", role: "client_user", companyId: a.companies[1].companyId, password: "an attempt to take over" }),
    );
    expect(member).toMatchObject({ userId: b.admin.userId, name: "Test admin", role: "client_user", companyName: a.companies[1].name });
    const after = await userByEmail(db, b.admin.email);
    expect(after.passwordHash).toBe(before.passwordHash);
    expect(await verifyPassword(after.passwordHash!, b.admin.password)).toBe(true);
    const memberships = await membershipsOf(db, b.admin.userId);
    expect(memberships.map((m) => [m.tenant, m.role]).sort()).toEqual(
      [[a.tenantId, "client_user"], [b.tenantId, "admin"]].sort(),
    );
    // In tenant B the same person still sees B's members only, not A's, though they now belong to A too.
    const inB = await asActor(db, b.tenantId, b.admin.actor, (ctx) => listMembers(ctx));
    expect(inB.map((m) => m.userId)).toEqual([b.admin.userId]);
    const inA = await asActor(db, a.tenantId, a.admin.actor, (ctx) => listMembers(ctx));
    expect(inA.map((m) => m.userId)).toContain(b.admin.userId);
    expect(inA).toHaveLength(5);
  });

  it("refuses to add someone who is already a member", async () => {
    const { db } = database.current;
    const { a } = await makeTwoTenants(db);
    await expect(
      asActor(db, a.tenantId, a.admin.actor, (ctx) => addMember(ctx, { email: ` ${a.viewer.email.toUpperCase()} `, name: "Again", role: "admin" })),
    ).rejects.toThrow(/^email: .+ is already a member/);
    expect(await membershipsOf(db, a.viewer.userId)).toEqual([{ tenant: a.tenantId, role: "viewer", companyId: null }]);
  });

  it("changes roles and companies with the diff in the audit log", async () => {
    const { db } = database.current;
    const { a } = await makeTwoTenants(db);
    const changed = await asActor(db, a.tenantId, a.admin.actor, (ctx) => changeRole(ctx, { userId: a.technician.userId, role: "viewer" }));
    expect(changed).toMatchObject({ userId: a.technician.userId, role: "viewer", companyId: null });
    const moved = await asActor(db, a.tenantId, a.admin.actor, (ctx) =>
      changeRole(ctx, { userId: a.client.userId, role: "client_user", companyId: a.companies[2].companyId }),
    );
    expect(moved.companyName).toBe(a.companies[2].name);
    await asActor(db, a.tenantId, a.admin.actor, (ctx) => changeRole(ctx, { userId: a.client.userId, role: "technician", companyId: "" }));
    // Unchanged: no write, no audit row.
    await asActor(db, a.tenantId, a.admin.actor, (ctx) => changeRole(ctx, { userId: a.viewer.userId, role: "viewer" }));
    const audit = await asActor(db, a.tenantId, a.admin.actor, (ctx) => listAudit(ctx, { action: "member.role_changed" }));
    // Several events may share a millisecond, so compare as a set rather than in log order.
    const events = audit.items.map((e) => [e.targetId, e.details]);
    expect(events).toHaveLength(3);
    expect(events).toEqual(expect.arrayContaining([
      [a.client.userId, { email: a.client.email, diff: { role: { from: "client_user", to: "technician" }, companyId: { from: a.companies[2].companyId, to: null } } }],
      [a.client.userId, { email: a.client.email, diff: { companyId: { from: a.companies[0].companyId, to: a.companies[2].companyId } } }],
      [a.technician.userId, { email: a.technician.email, diff: { role: { from: "technician", to: "viewer" } } }],
    ]));
    expect(await membershipsOf(db, a.client.userId)).toEqual([{ tenant: a.tenantId, role: "technician", companyId: null }]);
  });

  it("refuses bad input naming the field, and writes nothing", async () => {
    const { db } = database.current;
    const { a } = await makeTwoTenants(db);
    const email = `fresh-${Date.now()}@example.test`;
    const attempt = (input: Parameters<typeof addMember>[1]) => asActor(db, a.tenantId, a.admin.actor, (ctx) => addMember(ctx, input));
    await expect(attempt({ email, name: "Client", role: "client_user", password: "long enough password" })).rejects.toThrow(
      /^companyId: is required for a client user$/,
    );
    await expect(
      attempt({ email, name: "Staff", role: "viewer", companyId: a.companies[0].companyId, password: "long enough password" }),
    ).rejects.toThrow(/^companyId: only client users belong to a company$/);
    await expect(attempt({ email, name: "New", role: "viewer" })).rejects.toThrow(/^password: is required for a new account$/);
    await expect(attempt({ email, name: "New", role: "viewer", password: "short" })).rejects.toThrow(/^password: must be at least 12 characters$/);
    await expect(attempt({ email: "not-an-email", name: "New", role: "viewer", password: "long enough password" })).rejects.toThrow(
      /^email: must be an email address$/,
    );
    await expect(attempt({ email, name: " ", role: "viewer", password: "long enough password" })).rejects.toThrow(/^name: is required$/);
    // An unknown role, as an API caller might send it.
    const unknownRole = { email, name: "New", role: "owner", password: "long enough password" } as unknown as Parameters<typeof attempt>[0];
    await expect(attempt(unknownRole)).rejects.toThrow(/^role: must be one of/);
    await expect(
      asActor(db, a.tenantId, a.admin.actor, (ctx) => changeRole(ctx, { userId: a.viewer.userId, role: "client_user" })),
    ).rejects.toThrow(/^companyId: is required for a client user$/);
    expect(await userByEmail(db, email)).toBeUndefined();
    expect(await membershipsOf(db, a.viewer.userId)).toEqual([{ tenant: a.tenantId, role: "viewer", companyId: null }]);
    const audit = await asActor(db, a.tenantId, a.admin.actor, (ctx) => listAudit(ctx, {}));
    expect(audit.items.filter((e) => e.action.startsWith("member."))).toEqual([]);
  });

  it("answers NOT_FOUND for a company of another tenant and creates no account", async () => {
    const { db } = database.current;
    const { a, b } = await makeTwoTenants(db);
    const email = `half-${Date.now()}@example.test`;
    // A company of tenant B is NOT_FOUND here, exactly like a company that does not exist.
    await expect(
      asActor(db, a.tenantId, a.admin.actor, (ctx) =>
        addMember(ctx, { email, name: "Half", role: "client_user", companyId: b.companies[0].companyId, password: "long enough password" }),
      ),
    ).rejects.toThrow(/Company .* was not found/);
    expect(await userByEmail(db, email)).toBeUndefined();
  });
});
