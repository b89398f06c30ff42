import { and, asc, eq, isNull, sql } from "drizzle-orm";
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
    .select({ locationId: locations.locationId, name: locations.name, kind: locations.kind, city: locations.city })
    .from(locations)
    .where(and(eq(locations.tenant, ctx.tenantId), eq(locations.companyId, companyId)))
    .orderBy(sql`lower(${locations.name})`, asc(locations.locationId));

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
    locations: locationRows,
    contacts: contactRows.map(({ firstName, lastName, ...rest }) => ({ ...rest, name: `${firstName} ${lastName}` })),
  };
}

export type PortalView = Awaited<ReturnType<typeof getPortalCompany>>;
