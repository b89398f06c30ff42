import { and, asc, eq, isNull } from "drizzle-orm";
import { companies, contacts, locations } from "../../../db/schema";
import { assertCan, type ServiceContext } from "../../context";
import { NotFoundError } from "../../errors";
import { isFeatureEnabled } from "../flags/flags";

/**
 * What a client user sees in the portal: their own company with its locations and active contacts.
 * The company is the one bound to the actor's membership — it never comes from input, so a portal
 * user cannot ask for another company. While the provider has not switched the portal on, the
 * answer says so and carries no company data.
 */
export async function getPortalCompany(ctx: ServiceContext) {
  assertCan(ctx, "portal.read");
  const companyId = ctx.actor.type === "user" ? ctx.actor.companyId : null;
  if (!companyId) throw new NotFoundError("Your company");
  if (!(await isFeatureEnabled(ctx, "client_portal"))) return { enabled: false as const };

  const [company] = await ctx.db
    .select({ companyId: companies.companyId, name: companies.name, phone: companies.phone, website: companies.website })
    .from(companies)
    .where(and(eq(companies.tenant, ctx.tenantId), eq(companies.companyId, companyId)));
  if (!company) throw new NotFoundError("Your company");

  const locationRows = await ctx.db
    .select({
      locationId: locations.locationId,
      parentLocationId: locations.parentLocationId,
      name: locations.name,
      kind: locations.kind,
      city: locations.city,
    })
    .from(locations)
    .where(and(eq(locations.tenant, ctx.tenantId), eq(locations.companyId, companyId)));

  const contactRows = await ctx.db
    .select({
      contactId: contacts.contactId,
      firstName: contacts.firstName,
      lastName: contacts.lastName,
      title: contacts.title,
      email: contacts.email,
      phone: contacts.phone,
    })
    .from(contacts)
    .where(and(eq(contacts.tenant, ctx.tenantId), eq(contacts.companyId, companyId), isNull(contacts.archivedAt)))
    .orderBy(asc(contacts.lastName), asc(contacts.firstName), asc(contacts.contactId));

  return {
    enabled: true as const,
    company,
    locations: inTreeOrder(locationRows),
    contacts: contactRows.map(({ firstName, lastName, ...rest }) => ({ ...rest, name: `${firstName} ${lastName}` })),
  };
}

interface LocationRow {
  locationId: string;
  parentLocationId: string | null;
  name: string;
}

/**
 * Parents before their children, siblings by name, each with its depth — how people picture their
 * sites (site → building → floor → room). Sorted here, not in SQL, so the order does not depend
 * on the database's collation.
 */
function inTreeOrder<T extends LocationRow>(rows: T[]): (Omit<T, "parentLocationId"> & { depth: number })[] {
  const ids = new Set(rows.map((r) => r.locationId));
  const children = new Map<string | null, T[]>();
  for (const row of rows) {
    const parent = row.parentLocationId && ids.has(row.parentLocationId) ? row.parentLocationId : null;
    children.set(parent, [...(children.get(parent) ?? []), row]);
  }
  const out: (Omit<T, "parentLocationId"> & { depth: number })[] = [];
  const placed = new Set<string>();
  const byName = (x: T, y: T) => x.name.localeCompare(y.name, "en", { numeric: true });
  const place = (row: T, depth: number) => {
    if (placed.has(row.locationId)) return;
    placed.add(row.locationId);
    const { parentLocationId: _parent, ...rest } = row;
    out.push({ ...rest, depth });
    for (const child of (children.get(row.locationId) ?? []).sort(byName)) place(child, depth + 1);
  };
  for (const root of (children.get(null) ?? []).sort(byName)) place(root, 0);
  // Rows caught in a parent cycle have no root above them; list them rather than lose them.
  for (const row of [...rows].sort(byName)) place(row, 0);
  return out;
}

export type PortalView = Awaited<ReturnType<typeof getPortalCompany>>;
