import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { sessions } from "../../db/schema";
import { makeTestApp, testMeta } from "../../test/app";
import { useTestDatabase } from "../../test/db";
import { makeTwoTenants, makeUser } from "../../test/factories";
import { asActor } from "../../test/factories";
import { listAudit } from "../services/audit/list-audit";
import { signIn } from "./sign-in";

const database = useTestDatabase();
const meta = (ip = "198.51.100.1") => ({ ...testMeta(ip), userAgent: "vitest" });

async function elapsed(fn: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await fn().catch(() => undefined);
  return performance.now() - started;
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

describe("sign-in", () => {
  it("signs in with the right password, opens the default tenant and audits the login", async () => {
    const app = makeTestApp(database.current);
    const { a } = await makeTwoTenants(database.current.db);
    const result = await signIn(app, { email: a.technician.email.toUpperCase(), password: a.technician.password }, meta());
    expect(result.membership.tenantId).toBe(a.tenantId);
    expect(result.setCookie).toMatch(/^tessera_session=[^;]+;.*HttpOnly/i);
    expect(result.setCookie).toMatch(/SameSite=Lax/i);
    expect(result.setCookie).not.toMatch(/Secure/i);
    const audit = await asActor(database.current.db, a.tenantId, a.admin.actor, (ctx) => listAudit(ctx, { action: "auth.login" }));
    expect(audit.items.map((e) => e.actorLabel)).toContain(a.technician.email);
  });

  it("gives the same answer, in the same time class, for a wrong password and an unknown account", async () => {
    const app = makeTestApp(database.current);
    const { a } = await makeTwoTenants(database.current.db);
    const wrong = signIn(app, { email: a.viewer.email, password: "not the password" }, meta("198.51.100.2"));
    const unknown = signIn(app, { email: "nobody@nowhere.example", password: "not the password" }, meta("198.51.100.2"));
    const [wrongError, unknownError] = await Promise.all([wrong.catch((e: Error) => e), unknown.catch((e: Error) => e)]);
    expect(wrongError).toBeInstanceOf(Error);
    expect((wrongError as Error).message).toBe("The email or password is incorrect");
    expect((unknownError as Error).message).toBe((wrongError as Error).message);

    // Both paths run one scrypt verification; without the dummy hash the unknown path would take ~1 ms.
    const wrongTimes: number[] = [];
    const unknownTimes: number[] = [];
    for (let i = 0; i < 3; i++) {
      wrongTimes.push(await elapsed(() => signIn(app, { email: a.admin.email, password: `x${i}` }, meta(`198.51.100.${10 + i}`))));
      unknownTimes.push(await elapsed(() => signIn(app, { email: `ghost${i}@nowhere.example`, password: "x" }, meta(`198.51.100.${20 + i}`))));
    }
    expect(median(unknownTimes)).toBeGreaterThan(median(wrongTimes) * 0.5);
    expect(median(unknownTimes)).toBeLessThan(median(wrongTimes) * 2);
  });

  it("throttles an account after repeated failures, even for the right password, with a clear message", async () => {
    const app = makeTestApp(database.current, { LOGIN_MAX_FAILURES_PER_ACCOUNT: "3" });
    const { a } = await makeTwoTenants(database.current.db);
    for (let i = 0; i < 3; i++) {
      await expect(signIn(app, { email: a.viewer.email, password: "wrong" }, meta(`192.0.2.${i}`))).rejects.toThrow(/incorrect/);
    }
    await expect(signIn(app, { email: a.viewer.email, password: a.viewer.password }, meta("192.0.2.99"))).rejects.toThrow(
      /Too many failed sign-in attempts for this account\. Try again in 15 minutes/,
    );
    // Another account is not affected.
    await expect(signIn(app, { email: a.technician.email, password: a.technician.password }, meta("192.0.2.99"))).resolves.toBeTruthy();
  });

  it("throttles an address that guesses across many accounts", async () => {
    const app = makeTestApp(database.current, { LOGIN_MAX_FAILURES_PER_IP: "4" });
    const { a } = await makeTwoTenants(database.current.db);
    for (let i = 0; i < 4; i++) {
      await expect(signIn(app, { email: `guess${i}@nowhere.example`, password: "x" }, meta("192.0.2.200"))).rejects.toThrow(/incorrect/);
    }
    await expect(signIn(app, { email: a.admin.email, password: a.admin.password }, meta("192.0.2.200"))).rejects.toThrow(
      /from your network address/,
    );
    await expect(signIn(app, { email: a.admin.email, password: a.admin.password }, meta("192.0.2.201"))).resolves.toBeTruthy();
  });

  it("records failed logins of a known account in its tenants' audit logs", async () => {
    const app = makeTestApp(database.current);
    const { a } = await makeTwoTenants(database.current.db);
    await signIn(app, { email: a.technician.email, password: "wrong" }, meta("192.0.2.50")).catch(() => undefined);
    const audit = await asActor(database.current.db, a.tenantId, a.admin.actor, (ctx) => listAudit(ctx, { action: "auth.login_failed" }));
    expect(audit.items[0]).toMatchObject({ actorLabel: a.technician.email, ip: "192.0.2.50" });
  });

  it("refuses bad input naming the field", async () => {
    const app = makeTestApp(database.current);
    await expect(signIn(app, { email: "not-an-email", password: "x" }, meta())).rejects.toThrow(/^email: must be an email address$/);
    await expect(signIn(app, { email: "a@b.example", password: "" }, meta())).rejects.toThrow(/^password: is required$/);
  });

  it("refuses an account with no membership", async () => {
    const app = makeTestApp(database.current);
    const { a } = await makeTwoTenants(database.current.db);
    const loner = await makeUser(database.current.db, a.tenantId, "viewer");
    await asActor(database.current.db, a.tenantId, a.admin.actor, async (ctx) => {
      const { removeMember } = await import("../services/members/remove-member");
      await removeMember(ctx, { userId: loner.userId });
    });
    await expect(signIn(app, { email: loner.email, password: loner.password }, meta("192.0.2.77"))).rejects.toThrow(/not a member of any workspace/);
  });
});

describe("sessions", () => {
  it("expires: an expired session is no session", async () => {
    const app = makeTestApp(database.current);
    const { a } = await makeTwoTenants(database.current.db);
    const { sessionId, setCookie } = await app.sessions.create(a.viewer.userId, { activeTenantId: a.tenantId, ip: null, userAgent: null }, false);
    const cookie = setCookie.split(";")[0];
    expect(await app.sessions.validate(cookie, false)).toMatchObject({ sessionId });
    await database.current.db.update(sessions).set({ expiresAt: new Date(Date.now() - 1000) }).where(eq(sessions.id, sessionId));
    expect(await app.sessions.validate(cookie, false)).toBeNull();
  });

  it("renews a session past half its life and sends a new cookie (Secure over https)", async () => {
    const app = makeTestApp(database.current, { SESSION_TTL_DAYS: "10" });
    const { a } = await makeTwoTenants(database.current.db);
    const { sessionId, setCookie } = await app.sessions.create(a.viewer.userId, { activeTenantId: a.tenantId, ip: null, userAgent: null }, true);
    expect(setCookie).toMatch(/Secure/);
    const fresh = await app.sessions.validate(setCookie.split(";")[0], true);
    expect(fresh?.setCookie).toBeUndefined();
    await database.current.db.update(sessions).set({ expiresAt: new Date(Date.now() + 2 * 86_400_000) }).where(eq(sessions.id, sessionId));
    const renewed = await app.sessions.validate(setCookie.split(";")[0], true);
    expect(renewed?.setCookie).toMatch(/^tessera_session=.*Secure/);
    expect(renewed!.expiresAt.getTime()).toBeGreaterThan(Date.now() + 9 * 86_400_000);
  });
});

describe("sign-out", () => {
  it("ends the session, clears the cookie and records it in the tenant", async () => {
    const app = makeTestApp(database.current);
    const { a } = await makeTwoTenants(database.current.db);
    const { setCookie } = await signIn(app, { email: a.viewer.email, password: a.viewer.password }, meta("192.0.2.60"));
    const cookie = setCookie.split(";")[0];
    const { resolveRequestAuth } = await import("../http/request-auth");
    const { signOut } = await import("./sign-out");
    const auth = await resolveRequestAuth(app, new Request("http://t/", { headers: { cookie } }), testMeta());
    const cleared = await signOut(app, auth, testMeta());
    expect(cleared).toMatch(/^tessera_session=;.*Max-Age=0/i);
    expect(await app.sessions.validate(cookie, false)).toBeNull();
    const audit = await asActor(database.current.db, a.tenantId, a.admin.actor, (ctx) => listAudit(ctx, { action: "auth.logout" }));
    expect(audit.items.map((e) => e.actorLabel)).toEqual([a.viewer.email]);
  });
});
