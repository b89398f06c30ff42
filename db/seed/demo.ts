import { hashPassword } from "../../server/auth/password";
import { rememberTenant } from "../../server/services/session/memberships";
import type { Database } from "../client";
import { featureFlags, type Role } from "../schema";
import { withTenant } from "../tenant";
import { addMembership, createUserAccount, findTenantBySlug, insertCompanies, unsafeCreateTenant } from "./accounts";
import { seedDemoAssets } from "./demo-assets/insert";
import { demoCompanies } from "./demo-data";
import { companyNames } from "./demo-names";
import { createRandom } from "./random";

export const DEMO_PASSWORD = "tessera-demo";

export const demoLogins: { email: string; name: string; memberships: { tenant: string; role: Role }[] }[] = [
  { email: "admin@northwind.example", name: "Nadia Admin", memberships: [{ tenant: "northwind", role: "admin" }] },
  {
    email: "tech@northwind.example",
    name: "Theo Technician",
    memberships: [
      { tenant: "northwind", role: "technician" },
      { tenant: "contoso", role: "technician" },
    ],
  },
  { email: "viewer@northwind.example", name: "Vera Viewer", memberships: [{ tenant: "northwind", role: "viewer" }] },
  { email: "admin@contoso.example", name: "Connor Admin", memberships: [{ tenant: "contoso", role: "admin" }] },
];

/** A portal login bound to Northwind's first client company. */
export const demoClientLogin = { email: "client@northwind.example", name: "Cleo Client" };

// The two tenants draw their clients from disjoint halves of the name pool.
const namePool = createRandom(42).shuffle(companyNames);
const demoTenants = [
  { slug: "northwind", name: "Northwind IT", companies: 28, seed: 1, names: namePool.slice(0, 28) },
  { slug: "contoso", name: "Contoso Managed Services", companies: 26, seed: 2, names: namePool.slice(28) },
];

/** Seeds the demo tenants once; a database that already has them is left as it is. */
export async function seedDemo(db: Database): Promise<{ seeded: boolean }> {
  if (await findTenantBySlug(db, "northwind")) return { seeded: false };
  const tenantIds = new Map<string, string>();
  const firstCompany = new Map<string, string>();
  for (const t of demoTenants) {
    const tenant = await unsafeCreateTenant(db, { name: t.name, slug: t.slug });
    tenantIds.set(t.slug, tenant.tenantId);
    const inserted = await insertCompanies(db, tenant.tenantId, demoCompanies(createRandom(t.seed), t.companies, t.names));
    firstCompany.set(t.slug, [...inserted].sort((a, b) => a.name.localeCompare(b.name))[0].companyId);
  }
  for (const login of demoLogins) {
    const user = await createUserAccount(db, { ...login, passwordHash: await hashPassword(DEMO_PASSWORD) });
    for (const m of login.memberships) await addMembership(db, tenantIds.get(m.tenant)!, user.userId, m.role);
    // The first membership is the person's home tenant: their first session opens there.
    await rememberTenant(db, user.userId, tenantIds.get(login.memberships[0].tenant)!);
  }
  const northwind = tenantIds.get("northwind")!;
  const client = await createUserAccount(db, { ...demoClientLogin, passwordHash: await hashPassword(DEMO_PASSWORD) });
  await addMembership(db, northwind, client.userId, "client_user", firstCompany.get("northwind")!);
  await withTenant(db, northwind, (tx) =>
    tx.insert(featureFlags).values({ tenant: northwind, key: "client_portal", enabled: true }),
  );
  await seedDemoAssets(db, northwind, { total: 5030, seed: 11, tagPrefix: "NW" });
  await seedDemoAssets(db, tenantIds.get("contoso")!, { total: 650, seed: 12, tagPrefix: "CMS" });
  return { seeded: true };
}

export async function demoTenantId(db: Database, slug: "northwind" | "contoso"): Promise<string> {
  const tenant = await findTenantBySlug(db, slug);
  if (!tenant) throw new Error(`demo tenant ${slug} is missing`);
  return tenant.tenantId;
}
