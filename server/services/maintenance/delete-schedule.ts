import { and, eq } from "drizzle-orm";
import type { z } from "zod";
import { assetMaintenanceSchedules } from "../../../db/schema";
import { assertCan, type ServiceContext } from "../../context";
import { recordAssetHistory, type FieldDiff } from "../history/record-history";
import { parseInput } from "../validate";
import { findScheduleOrThrow, scheduleSnapshot } from "./maintenance-queries";
import { scheduleIdInput } from "./schedule-input";

/** Removes a schedule. Its records stay in the asset's service history (their schedule_id becomes NULL). */
export async function deleteSchedule(ctx: ServiceContext, rawInput: z.input<typeof scheduleIdInput>) {
  assertCan(ctx, "assets.write");
  const { scheduleId } = parseInput(scheduleIdInput, rawInput);
  const before = await findScheduleOrThrow(ctx, scheduleId, { lock: true });
  // The records' foreign key nulls only their schedule_id (ON DELETE SET NULL (schedule_id), migration 0004).
  await ctx.db
    .delete(assetMaintenanceSchedules)
    .where(and(eq(assetMaintenanceSchedules.tenant, ctx.tenantId), eq(assetMaintenanceSchedules.scheduleId, scheduleId)));
  const diff: FieldDiff = {};
  for (const [field, from] of Object.entries(scheduleSnapshot(before))) {
    if (from !== null) diff[field] = { from, to: null };
  }
  await recordAssetHistory(ctx, { assetId: before.assetId, changeType: "maintenance_schedule_removed", diff });
  return { scheduleId, assetId: before.assetId };
}
