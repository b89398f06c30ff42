import type { z } from "zod";
import { companies } from "../../../db/schema";
import { assertCan, type ServiceContext } from "../../context";
import { recordAudit } from "../audit/record-audit";
import { blankToNull, parseInput } from "../validate";
import { createCompanyInput } from "./company-input";
import { mapCompanyWriteError } from "./company-errors";

export async function createCompany(ctx: ServiceContext, rawInput: z.input<typeof createCompanyInput>) {
  assertCan(ctx, "companies.write");
  const input = blankToNull(parseInput(createCompanyInput, rawInput));
  const [row] = await ctx.db
    .insert(companies)
    .values({ ...input, tenant: ctx.tenantId })
    .returning()
    .catch((error: unknown) => mapCompanyWriteError(error, input));
  await recordAudit(ctx, {
    action: "company.created",
    targetType: "company",
    targetId: row.companyId,
    details: { name: row.name },
  });
  return row;
}
