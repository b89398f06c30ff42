import { TRPCClientError } from "@trpc/client";
import { describe, expect, it } from "vitest";
import { apiClient, errorCodeOf, makeTestApp, sessionCookieFor } from "../../test/app";
import { useTestDatabase } from "../../test/db";
import { asActor, makeTwoTenants } from "../../test/factories";
import { setFlag } from "../services/flags/flags";
import { createToken, revokeToken } from "../services/tokens/tokens";

const database = useTestDatabase();

async function setup() {
  const app = makeTestApp(database.current);
  const world = await makeTwoTenants(database.current.db);
  const { a } = world;
  const token = (scopes: ("read" | "write" | "admin")[], expiresInDays?: number) =>
    asActor(database.current.db, a.tenantId, a.admin.actor, (ctx) => createToken(ctx, { name: `svc-${scopes.join("-")}`, scopes, expiresInDays }));
  return { app, ...world, token };
}

describe("API auth", () => {
  it("refuses calls without a session or token", async () => {
    const { app } = await setup();
    expect(await errorCodeOf(apiClient(app).companies.list.query())).toBe("UNAUTHORIZED");
    expect(await errorCodeOf(apiClient(app).me.get.query())).toBe("UNAUTHORIZED");
  });

  it("a viewer may read but not write", async () => {
    const { app, a } = await setup();
    const viewer = apiClient(app, { cookie: await sessionCookieFor(app, a.viewer.userId, a.tenantId) });
    expect((await viewer.companies.list.query()).items.length).toBe(a.companies.length);
    expect(await errorCodeOf(viewer.companies.create.mutate({ name: "Viewer Co" }))).toBe("FORBIDDEN");
    expect(await errorCodeOf(viewer.companies.archive.mutate({ companyId: a.companies[0].companyId }))).toBe("FORBIDDEN");
  });

  it("a client user is refused every staff procedure", async () => {
    const { app, a } = await setup();
    const client = apiClient(app, { cookie: await sessionCookieFor(app, a.client.userId, a.tenantId) });
    expect(await errorCodeOf(client.companies.list.query())).toBe("FORBIDDEN");
    expect(await errorCodeOf(client.companies.get.query({ companyId: a.companies[0].companyId }))).toBe("FORBIDDEN");
    expect(await errorCodeOf(client.members.list.query())).toBe("FORBIDDEN");
    expect(await errorCodeOf(client.tokens.list.query())).toBe("FORBIDDEN");
  });

  it("a read-scoped token reads and is refused a write; a write-scoped token writes", async () => {
    const { app, token } = await setup();
    const reader = apiClient(app, { token: (await token(["read"])).token });
    expect((await reader.companies.list.query()).items.length).toBeGreaterThan(0);
    expect(await errorCodeOf(reader.companies.create.mutate({ name: "Token Co" }))).toBe("FORBIDDEN");
    const writer = apiClient(app, { token: (await token(["write"])).token });
    const created = await writer.companies.create.mutate({ name: "Token Co" });
    expect(created.name).toBe("Token Co");
    expect(await errorCodeOf(writer.tokens.list.query())).toBe("FORBIDDEN");
    const me = await writer.me.get.query();
    expect(me.kind).toBe("token");
  });

  it("a revoked, an expired, a tampered and a malformed token are refused", async () => {
    const { app, a, token } = await setup();
    const revoked = await token(["read"]);
    await asActor(database.current.db, a.tenantId, a.admin.actor, (ctx) => revokeToken(ctx, { tokenId: revoked.tokenId }));
    expect(await errorCodeOf(apiClient(app, { token: revoked.token }).companies.list.query())).toBe("UNAUTHORIZED");

    const good = await token(["read"]);
    const tampered = `${good.token.slice(0, -4)}AAAA`;
    expect(await errorCodeOf(apiClient(app, { token: tampered }).companies.list.query())).toBe("UNAUTHORIZED");
    expect(await errorCodeOf(apiClient(app, { token: "tsr_nonsense" }).companies.list.query())).toBe("UNAUTHORIZED");

    const expiring = await token(["read"], 1);
    const { apiTokens } = await import("../../db/schema");
    const { eq } = await import("drizzle-orm");
    await database.current.db.update(apiTokens).set({ expiresAt: new Date(Date.now() - 1000) }).where(eq(apiTokens.tokenId, expiring.tokenId));
    expect(await errorCodeOf(apiClient(app, { token: expiring.token }).companies.list.query())).toBe("UNAUTHORIZED");
  });

  it("tokens stop working when the tenant turns API access off", async () => {
    const { app, a, token } = await setup();
    const { token: raw } = await token(["read"]);
    await asActor(database.current.db, a.tenantId, a.admin.actor, (ctx) => setFlag(ctx, { key: "api_access", enabled: false }));
    const error = await apiClient(app, { token: raw }).companies.list.query().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TRPCClientError);
    expect((error as TRPCClientError<never>).message).toMatch(/API access is turned off/);
  });

  it("updates last-used time of a token", async () => {
    const { app, token } = await setup();
    const created = await token(["read"]);
    expect(created.lastUsedAt).toBeNull();
    await apiClient(app, { token: created.token }).companies.list.query();
    const admin = apiClient(app, { token: (await token(["admin"])).token });
    const listed = await admin.tokens.list.query();
    expect(listed.find((t) => t.tokenId === created.tokenId)?.lastUsedAt).toBeInstanceOf(Date);
  });
});

describe("API bad input", () => {
  it("names the field and writes nothing", async () => {
    const { app, a } = await setup();
    const admin = apiClient(app, { cookie: await sessionCookieFor(app, a.admin.userId, a.tenantId) });
    const before = (await admin.companies.list.query({ limit: 200 })).items.length;
    const failure = await admin.companies.create.mutate({ name: "", domain: "not a domain" }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(TRPCClientError);
    const data = (failure as TRPCClientError<never>).data as unknown as { code: string; issues: { field: string }[] };
    expect(data.code).toBe("BAD_REQUEST");
    expect(data.issues.map((i) => i.field).sort()).toEqual(["domain", "name"]);
    expect((failure as Error).message).toMatch(/name: is required/);
    expect(await errorCodeOf(admin.companies.update.mutate({ companyId: "not-a-uuid", data: { name: "x" } }))).toBe("BAD_REQUEST");
    expect(await errorCodeOf(admin.tokens.create.mutate({ name: "t", scopes: [] }))).toBe("BAD_REQUEST");
    expect(await errorCodeOf(admin.flags.set.mutate({ key: "no_such_flag", enabled: true }))).toBe("BAD_REQUEST");
    expect((await admin.companies.list.query({ limit: 200 })).items.length).toBe(before);
    expect((await admin.tokens.list.query()).length).toBe(0);
  });

  it("a duplicate name is a CONFLICT naming the field, and the failed transaction leaves no audit row", async () => {
    const { app, a } = await setup();
    const admin = apiClient(app, { cookie: await sessionCookieFor(app, a.admin.userId, a.tenantId) });
    const failure = await admin.companies.create.mutate({ name: a.companies[0].name }).catch((e: unknown) => e);
    expect((failure as TRPCClientError<never>).data).toMatchObject({ code: "CONFLICT" });
    expect((failure as Error).message).toMatch(/^name: a company named/);
    const audit = await admin.audit.list.query({ action: "company.created" });
    expect(audit.items).toHaveLength(0);
  });
});
