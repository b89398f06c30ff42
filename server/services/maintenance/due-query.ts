import { and, asc, eq, gt, isNull, lte, or, sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import { assetMaintenanceSchedules as schedules, assets, companies } from "../../../db/schema";
import type { ServiceContext } from "../../context";
import { ValidationError } from "../../errors";
import { findCompanyOrThrow } from "../companies/get-company";
import { decodeCursor, encodeCursor } from "../cursor";
import { daysBetween } from "../calendar";
import { idOf } from "./schedule-input";

export const dueListFields = {
  companyId: idOf("a company").nullish(),
  cursor: z.string().max(500).nullish(),
  limit: z.number().int().min(1).max(200).default(50),
};

interface DueQuery {
  companyId?: string | null;
  cursor?: string | null;
  limit: number;
  /** Today, as the UTC calendar date every "due" and "overdue" of the request is measured from. */
  today: string;
  /** The last next_maintenance date (inclusive) the list takes. */
  through: string;
}

/**
 * Active schedules whose next date is on or before `through`, soonest first, with their asset and
 * company, keyset-paged on (next_maintenance, schedule_id). The plan walks the partial index
 * (tenant, next_maintenance) WHERE active; `active` is written as the bare column so that the
 * planner sees the index's own predicate. Archived assets are retired, so their schedules are left out.
 */
export async function listDueSchedules(ctx: ServiceContext, query: DueQuery) {
  // A company filter from another tenant answers NOT_FOUND, like every foreign id.
  if (query.companyId) await findCompanyOrThrow(ctx, query.companyId);
  const where: SQL[] = [eq(schedules.tenant, ctx.tenantId), sql`${schedules.active}`, lte(schedules.nextMaintenance, query.through), isNull(assets.archivedAt)];
  if (query.companyId) where.push(eq(assets.companyId, query.companyId));
  const after = decodeCursor(query.cursor, { next: "string", id: "string" });
  if (after && !(/^\d{4}-\d{2}-\d{2}$/.test(after.next) && z.string().uuid().safeParse(after.id).success)) {
    throw ValidationError.field("cursor", "is not a cursor this list issued; start again from the first page");
  }
  if (after) {
    where.push(or(gt(schedules.nextMaintenance, after.next), and(eq(schedules.nextMaintenance, after.next), gt(schedules.scheduleId, after.id)))!);
  }
  const rows = await ctx.db
    .select({
      scheduleId: schedules.scheduleId,
      title: schedules.title,
      maintenanceType: schedules.maintenanceType,
      frequency: schedules.frequency,
      intervalCount: schedules.intervalCount,
      config: schedules.config,
      nextMaintenance: schedules.nextMaintenance,
      lastMaintenance: schedules.lastMaintenance,
      asset: { assetId: assets.assetId, name: assets.name, assetTag: assets.assetTag, companyId: assets.companyId, companyName: companies.name },
    })
    .from(schedules)
    .innerJoin(assets, and(eq(assets.tenant, schedules.tenant), eq(assets.assetId, schedules.assetId)))
    .innerJoin(companies, and(eq(companies.tenant, assets.tenant), eq(companies.companyId, assets.companyId)))
    .where(and(...where))
    .orderBy(asc(schedules.nextMaintenance), asc(schedules.scheduleId))
    .limit(query.limit + 1);
  const items = rows.slice(0, query.limit).map((row) => ({ ...row, overdueDays: Math.max(0, daysBetween(row.nextMaintenance, query.today)) }));
  const last = items[items.length - 1];
  return {
    today: query.today,
    items,
    nextCursor: rows.length > query.limit && last ? encodeCursor({ next: last.nextMaintenance, id: last.scheduleId }) : null,
  };
}
