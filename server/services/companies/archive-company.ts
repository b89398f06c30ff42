import { and, eq, sql } from "drizzle-orm";
import { z } from "zod";
import { companies } from "../../../db/schema";
import { assertCan, type ServiceContext } from "../../context";
import { recordAudit } from "../audit/record-audit";
import { parseInput } from "../validate";
import { findCompanyOrThrow } from "./get-company";

export const archiveCompanyInput = z.object({
  companyId: z.string().uuid("must be a company id"),
  archived: z.boolean().default(true),
});

/** Archives (or restores) a company: it leaves the default list but keeps its data and history. */
export async function archiveCompany(ctx: ServiceContext, rawInput: z.input<typeof archiveCompanyInput>) {
  assertCan(ctx, "companies.write");
  const { companyId, archived } = parseInput(archiveCompanyInput, rawInput);
  const before = await findCompanyOrThrow(ctx, companyId);
  if (Boolean(before.archivedAt) === archived) return before;
  const [row] = await ctx.db
    .update(companies)
    .set({ archivedAt: archived ? sql`now()` : null, updatedAt: sql`now()` })
    .where(and(eq(companies.tenant, ctx.tenantId), eq(companies.companyId, companyId)))
    .returning();
  await recordAudit(ctx, {
    action: archived ? "company.archived" : "company.restored",
    targetType: "company",
    targetId: companyId,
    details: { name: row.name },
  });
  return row;
}
