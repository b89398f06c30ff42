import { and, eq } from "drizzle-orm";
import { assetMaintenanceSchedules, assets } from "../../../db/schema";
import type { ServiceContext } from "../../context";
import { NotFoundError } from "../../errors";

/** An asset of the tenant; another tenant's id is NOT_FOUND, exactly like one that never existed. */
export async function findAssetOrThrow(ctx: ServiceContext, assetId: string) {
  const [row] = await ctx.db
    .select({ assetId: assets.assetId, companyId: assets.companyId, name: assets.name })
    .from(assets)
    .where(and(eq(assets.tenant, ctx.tenantId), eq(assets.assetId, assetId)));
  if (!row) throw new NotFoundError("Asset", assetId);
  return row;
}

/**
 * A schedule of the tenant. Writers lock the row: two completions of the same occurrence then run
 * one after the other, and the second sees the date the first advanced to.
 */
export async function findScheduleOrThrow(ctx: ServiceContext, scheduleId: string, options: { lock?: boolean } = {}) {
  const query = ctx.db
    .select()
    .from(assetMaintenanceSchedules)
    .where(and(eq(assetMaintenanceSchedules.tenant, ctx.tenantId), eq(assetMaintenanceSchedules.scheduleId, scheduleId)));
  const [row] = options.lock ? await query.for("update") : await query;
  if (!row) throw new NotFoundError("Maintenance schedule", scheduleId);
  return row;
}

export type ScheduleRow = typeof assetMaintenanceSchedules.$inferSelect;

/** The fields of a schedule that its history rows show. */
export function scheduleSnapshot(row: ScheduleRow) {
  return {
    scheduleId: row.scheduleId,
    title: row.title,
    maintenanceType: row.maintenanceType,
    frequency: row.frequency,
    intervalCount: row.intervalCount,
    config: row.config,
    startsOn: row.startsOn,
    nextMaintenance: row.nextMaintenance,
    active: row.active,
    notes: row.notes,
  };
}
