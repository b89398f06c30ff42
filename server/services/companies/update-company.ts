import { and, eq, sql } from "drizzle-orm";
import type { z } from "zod";
import { companies } from "../../../db/schema";
import { assertCan, type ServiceContext } from "../../context";
import { diffFields, recordAudit } from "../audit/record-audit";
import { blankToNull, parseInput } from "../validate";
import { updateCompanyInput } from "./company-input";
import { mapCompanyWriteError } from "./company-errors";
import { findCompanyOrThrow } from "./get-company";

export async function updateCompany(ctx: ServiceContext, rawInput: z.input<typeof updateCompanyInput>) {
  assertCan(ctx, "companies.write");
  const { companyId, data } = parseInput(updateCompanyInput, rawInput);
  const before = await findCompanyOrThrow(ctx, companyId);
  const changes = blankToNull(data);
  const diff = diffFields(before, changes);
  if (Object.keys(diff).length === 0) return before;
  const [row] = await ctx.db
    .update(companies)
    .set({ ...changes, updatedAt: sql`now()` })
    .where(and(eq(companies.tenant, ctx.tenantId), eq(companies.companyId, companyId)))
    .returning()
    .catch((error: unknown) => mapCompanyWriteError(error, { ...before, ...changes }));
  await recordAudit(ctx, { action: "company.updated", targetType: "company", targetId: companyId, details: { diff } });
  return row;
}
