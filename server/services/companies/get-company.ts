import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { companies } from "../../../db/schema";
import { assertCan, type ServiceContext } from "../../context";
import { NotFoundError } from "../../errors";
import { parseInput } from "../validate";

export const getCompanyInput = z.object({ companyId: z.string().uuid("must be a company id") });

/** Loads one company of the tenant; an id of another tenant is NOT_FOUND, like one that never existed. */
export async function findCompanyOrThrow(ctx: ServiceContext, companyId: string) {
  const [row] = await ctx.db
    .select()
    .from(companies)
    .where(and(eq(companies.tenant, ctx.tenantId), eq(companies.companyId, companyId)));
  if (!row) throw new NotFoundError("Company", companyId);
  return row;
}

export async function getCompany(ctx: ServiceContext, rawInput: z.input<typeof getCompanyInput>) {
  assertCan(ctx, "companies.read");
  const { companyId } = parseInput(getCompanyInput, rawInput);
  return findCompanyOrThrow(ctx, companyId);
}
