import { and, asc, count, eq, gt, ilike, inArray, isNull, or, sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import { companies, contacts, locations } from "../../../db/schema";
import { assertCan, type ServiceContext } from "../../context";
import { decodeCursor, encodeCursor } from "../cursor";
import { likePattern, parseInput } from "../validate";

export const listCompaniesInput = z.object({
  search: z.string().trim().max(200).optional(),
  cursor: z.string().max(500).nullish(),
  limit: z.number().int().min(1).max(200).default(50),
  includeArchived: z.boolean().default(false),
});
export type ListCompaniesInput = z.input<typeof listCompaniesInput>;

const sortKey = sql<string>`lower(${companies.name})`;

/** Companies by name, keyset-paged on (lower(name), id), with location and contact counts. */
export async function listCompanies(ctx: ServiceContext, rawInput: ListCompaniesInput = {}) {
  assertCan(ctx, "companies.read");
  const input = parseInput(listCompaniesInput, rawInput);
  const where: SQL[] = [eq(companies.tenant, ctx.tenantId)];
  if (!input.includeArchived) where.push(isNull(companies.archivedAt));
  if (input.search) {
    const pattern = likePattern(input.search);
    where.push(or(ilike(companies.name, pattern), ilike(companies.code, pattern), ilike(companies.domain, pattern))!);
  }
  const after = decodeCursor(input.cursor, { name: "string", id: "string" });
  if (after) {
    where.push(or(gt(sortKey, after.name), and(eq(sortKey, after.name), gt(companies.companyId, after.id)))!);
  }
  const rows = await ctx.db
    .select()
    .from(companies)
    .where(and(...where))
    .orderBy(asc(sortKey), asc(companies.companyId))
    .limit(input.limit + 1);
  const page = rows.slice(0, input.limit);
  const counts = await countChildren(ctx, page.map((c) => c.companyId));
  const last = page[page.length - 1];
  return {
    items: page.map((c) => ({
      ...c,
      locationCount: counts.locations.get(c.companyId) ?? 0,
      contactCount: counts.contacts.get(c.companyId) ?? 0,
    })),
    nextCursor:
      rows.length > input.limit && last ? encodeCursor({ name: last.name.toLowerCase(), id: last.companyId }) : null,
  };
}

/** Two grouped queries for the whole page, never one per row. */
async function countChildren(ctx: ServiceContext, companyIds: string[]) {
  if (companyIds.length === 0) return { locations: new Map<string, number>(), contacts: new Map<string, number>() };
  const [locationRows, contactRows] = await Promise.all([
    ctx.db
      .select({ companyId: locations.companyId, n: count() })
      .from(locations)
      .where(and(eq(locations.tenant, ctx.tenantId), inArray(locations.companyId, companyIds)))
      .groupBy(locations.companyId),
    ctx.db
      .select({ companyId: contacts.companyId, n: count() })
      .from(contacts)
      .where(
        and(eq(contacts.tenant, ctx.tenantId), inArray(contacts.companyId, companyIds), isNull(contacts.archivedAt)),
      )
      .groupBy(contacts.companyId),
  ]);
  return {
    locations: new Map(locationRows.map((r) => [r.companyId, r.n])),
    contacts: new Map(contactRows.map((r) => [r.companyId, r.n])),
  };
}
