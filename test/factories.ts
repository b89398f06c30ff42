import { randomUUID } from "node:crypto";
import type { Database } from "../db/client";
import type { Role } from "../db/schema";
import { addMembership, createUserAccount, insertCompanies, unsafeCreateTenant } from "../db/seed/accounts";
import { demoCompanies, type DemoCompany } from "../db/seed/demo-data";
import { DEMO_PASSWORD } from "../db/seed/demo";
import { createRandom } from "../db/seed/random";
import { withTenant } from "../db/tenant";
import { hashPassword } from "../server/auth/password";
import type { Actor, ServiceContext } from "../server/context";

// Test factories: the same building blocks as the demo seed (db/seed), with unique names so
// every test makes its own tenants and never depends on another test's rows.

const hashes = new Map<string, Promise<string>>();
const cachedHash = (password: string) => {
  if (!hashes.has(password)) hashes.set(password, hashPassword(password));
  return hashes.get(password)!;
};

let sequence = 0;
const unique = (prefix: string) => `${prefix}-${Date.now().toString(36)}-${(++sequence).toString(36)}-${randomUUID().slice(0, 6)}`;

export async function makeTenant(db: Database, name = "Test MSP") {
  return unsafeCreateTenant(db, { name, slug: unique("tenant") });
}

export interface TestUser {
  userId: string;
  email: string;
  password: string;
  actor: Extract<Actor, { type: "user" }>;
}

export async function makeUser(
  db: Database,
  tenantId: string,
  role: Role,
  options: { companyId?: string; email?: string; password?: string } = {},
): Promise<TestUser> {
  const password = options.password ?? DEMO_PASSWORD;
  const email = options.email ?? `${unique(role)}@test.example`;
  const user = await createUserAccount(db, { email, name: `Test ${role}`, passwordHash: await cachedHash(password) });
  await addMembership(db, tenantId, user.userId, role, options.companyId ?? null);
  return {
    userId: user.userId,
    email: user.email,
    password,
    actor: { type: "user", userId: user.userId, email: user.email, name: user.name, role, companyId: options.companyId ?? null },
  };
}

/** Client companies with locations and contacts, from the demo generator. */
export async function makeCompanies(db: Database, tenantId: string, count = 3, seed = 7) {
  const list: DemoCompany[] = demoCompanies(createRandom(seed), count).map((c) => ({ ...c, name: `${c.name} ${unique("")}`, code: null as unknown as string }));
  return insertCompanies(db, tenantId, list);
}

/** Runs `fn` as `actor` inside withTenant, the way adapters call services. */
export function asActor<T>(db: Database, tenantId: string, actor: Actor, fn: (ctx: ServiceContext) => Promise<T>) {
  return withTenant(db, tenantId, (tx) => fn({ tenantId, actor, db: tx }), {
    userId: actor.type === "user" ? actor.userId : undefined,
  });
}

/** Two tenants with a user of every staff role in the first and an admin in the second. */
export async function makeTwoTenants(db: Database) {
  const a = await makeTenant(db, "Tenant A");
  const b = await makeTenant(db, "Tenant B");
  const [aCompanies, bCompanies] = [await makeCompanies(db, a.tenantId, 3, 11), await makeCompanies(db, b.tenantId, 3, 12)];
  return {
    a: {
      tenantId: a.tenantId,
      companies: aCompanies,
      admin: await makeUser(db, a.tenantId, "admin"),
      technician: await makeUser(db, a.tenantId, "technician"),
      viewer: await makeUser(db, a.tenantId, "viewer"),
      client: await makeUser(db, a.tenantId, "client_user", { companyId: aCompanies[0].companyId }),
    },
    b: { tenantId: b.tenantId, companies: bCompanies, admin: await makeUser(db, b.tenantId, "admin") },
  };
}

/**
 * Assets inserted directly (not through the assets service), for suites that need assets to work
 * on — relationships, maintenance — without depending on the service under construction.
 * Types are the tenant's built-in ones, by kind.
 */
export async function makeAssets(
  db: Database,
  tenantId: string,
  companyId: string,
  specs: { name: string; kind?: "workstation" | "server" | "network_device" | "mobile_device" | "printer" | "other" }[],
) {
  const { assetTypes, assets } = await import("../db/schema");
  const { and, eq } = await import("drizzle-orm");
  return withTenant(db, tenantId, async (tx) => {
    const types = await tx.select().from(assetTypes).where(and(eq(assetTypes.tenant, tenantId), eq(assetTypes.isBuiltin, true)));
    const typeOf = (kind: string) => types.find((t) => t.kind === kind)!.typeId;
    return tx
      .insert(assets)
      .values(
        specs.map((s) => ({
          tenant: tenantId,
          companyId,
          typeId: typeOf(s.kind ?? "server"),
          name: s.name,
          assetTag: `T-${randomUUID().slice(0, 12)}`,
          status: "deployed",
        })),
      )
      .returning();
  });
}

export type ServiceRunner = <T>(fn: (ctx: ServiceContext) => Promise<T>) => Promise<T>;

/** A runner that calls services as `actor` in `tenantId`: `const admin = actingAs(db, a.tenantId, a.admin.actor)`. */
export function actingAs(db: Database, tenantId: string, actor: Actor): ServiceRunner {
  return (fn) => asActor(db, tenantId, actor, fn);
}

/** The error a call fails with (the test fails if it does not). */
export async function errorOf(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof Error) return error;
    throw error;
  }
  throw new Error("expected the call to fail");
}
