import { and, eq, isNull, lte, ne, sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import { assetMaintenanceRecords as records, assetMaintenanceSchedules as schedules, assets, companies } from "../../../db/schema";
import { assertCan, type ServiceContext } from "../../context";
import { findCompanyOrThrow } from "../companies/get-company";
import { parseInput } from "../validate";
import { findAssetOrThrow } from "./maintenance-queries";
import { tallyCompliance } from "./compliance-tally";
import { calendarDate, idOf } from "./schedule-input";

export const maintenanceComplianceInput = z
  .object({
    from: calendarDate,
    to: calendarDate,
    companyId: idOf("a company").nullish(),
    assetId: idOf("an asset").nullish(),
    graceDays: z.number().int("must be whole days").min(0, "cannot be negative").max(365, "must be at most 365").default(0),
  })
  .refine((p) => p.to >= p.from, { path: ["to"], message: "must be on or after from" });

/**
 * Maintenance compliance for a period: the occurrences of every active schedule that fell due in
 * it (from each schedule's rule, starting at starts_on), and how many of them were completed on
 * time — a record with that due_on, not failed, performed (UTC date) no later than due_on + grace.
 * Two queries whatever the number of assets: the schedules in scope, and the on-time occurrences;
 * occurrences are counted arithmetically in JS, never listed.
 * Occurrences while a schedule was paused, or still ahead in the period, count as due: the schedule
 * keeps no pause history, and the period is the caller's choice.
 */
export async function maintenanceCompliance(ctx: ServiceContext, rawInput: z.input<typeof maintenanceComplianceInput>) {
  assertCan(ctx, "assets.read");
  const input = parseInput(maintenanceComplianceInput, rawInput);
  // Filters from another tenant answer NOT_FOUND, like every foreign id, rather than an empty report.
  if (input.companyId) await findCompanyOrThrow(ctx, input.companyId);
  if (input.assetId) await findAssetOrThrow(ctx, input.assetId);
  // Same scope for both queries: active schedules of live assets, filtered by company or asset.
  const scope: SQL[] = [eq(schedules.tenant, ctx.tenantId), sql`${schedules.active}`, lte(schedules.startsOn, input.to), isNull(assets.archivedAt)];
  if (input.companyId) scope.push(eq(assets.companyId, input.companyId));
  if (input.assetId) scope.push(eq(assets.assetId, input.assetId));
  const assetJoin = and(eq(assets.tenant, schedules.tenant), eq(assets.assetId, schedules.assetId));

  const inScope = await ctx.db
    .select({
      scheduleId: schedules.scheduleId,
      frequency: schedules.frequency,
      intervalCount: schedules.intervalCount,
      config: schedules.config,
      startsOn: schedules.startsOn,
      assetId: assets.assetId,
      assetName: assets.name,
      assetTag: assets.assetTag,
      companyId: assets.companyId,
      companyName: companies.name,
    })
    .from(schedules)
    .innerJoin(assets, assetJoin)
    .innerJoin(companies, and(eq(companies.tenant, assets.tenant), eq(companies.companyId, assets.companyId)))
    .where(and(...scope));

  const onTime = await ctx.db
    .selectDistinct({ scheduleId: schedules.scheduleId, dueOn: sql<string>`${records.dueOn}::text` })
    .from(records)
    .innerJoin(schedules, and(eq(schedules.tenant, records.tenant), eq(schedules.scheduleId, records.scheduleId)))
    .innerJoin(assets, assetJoin)
    .where(
      and(
        ...scope,
        eq(records.tenant, ctx.tenantId),
        sql`${records.dueOn} between ${input.from}::date and ${input.to}::date`,
        ne(records.outcome, "failed"),
        sql`(${records.performedAt} at time zone 'UTC')::date <= ${records.dueOn} + ${input.graceDays}::int`,
      ),
    );

  const period = { from: input.from, to: input.to, graceDays: input.graceDays };
  return { period, ...tallyCompliance(period, inScope, onTime) };
}
