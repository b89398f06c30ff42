import { and, asc, eq, isNull, sql } from "drizzle-orm";
import { companies } from "../../../db/schema";
import { assertCan, type ServiceContext } from "../../context";

/** Id and name of every active company, by name: the choices of a company picker. */
export async function listCompanyOptions(ctx: ServiceContext) {
  assertCan(ctx, "companies.read");
  return ctx.db
    .select({ companyId: companies.companyId, name: companies.name })
    .from(companies)
    .where(and(eq(companies.tenant, ctx.tenantId), isNull(companies.archivedAt)))
    .orderBy(asc(sql`lower(${companies.name})`), asc(companies.companyId));
}
