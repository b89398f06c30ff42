import { and, asc, eq, getTableColumns, gt, ilike, isNull, or, sql, type SQL } from "drizzle-orm";
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
  // The counts are index-only subqueries in the same statement: one round trip for the page.
  // The outer columns are qualified by hand: Drizzle renders a column in a select list without its
  // table, which inside the subquery would silently bind to the inner table.
  const rows = await ctx.db
    .select({
      ...getTableColumns(companies),
      // The cursor carries the database's own lower(name), so paging agrees with ORDER BY exactly.
      sortName: sortKey,
      locationCount: sql<number>`(select count(*)::int from ${locations} l
        where l.tenant = ${companies}.tenant and l.company_id = ${companies}.company_id)`,
      contactCount: sql<number>`(select count(*)::int from ${contacts} p
        where p.tenant = ${companies}.tenant and p.company_id = ${companies}.company_id and p.archived_at is null)`,
    })
    .from(companies)
    .where(and(...where))
    .orderBy(asc(sortKey), asc(companies.companyId))
    .limit(input.limit + 1);
  const page = rows.slice(0, input.limit);
  const last = page[page.length - 1];
  return {
    items: page.map(({ sortName: _sortName, ...company }) => company),
    nextCursor: rows.length > input.limit && last ? encodeCursor({ name: last.sortName, id: last.companyId }) : null,
  };
}
