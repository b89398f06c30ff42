import { and, eq, sql } from "drizzle-orm";
import type { z } from "zod";
import { assetMaintenanceSchedules } from "../../../db/schema";
import { assertCan, type ServiceContext } from "../../context";
import { ValidationError } from "../../errors";
import { diffValues, recordAssetHistory } from "../history/record-history";
import { blankToNull, parseInput } from "../validate";
import { addDays, utcToday } from "../calendar";
import { findScheduleOrThrow, type ScheduleRow } from "./maintenance-queries";
import { firstOccurrence, nextOccurrence, type AnchoredSchedule } from "./schedule-dates";
import { canonicalConfig, checkScheduleConfig, updateScheduleInput } from "./schedule-input";

const timingFields = ["frequency", "intervalCount", "config", "startsOn"] as const;

/**
 * The next date after a change. New timing: the first occurrence of the new rule after the last
 * maintenance (or its first occurrence, if never performed). Re-activation: occurrences that fell
 * while the schedule was paused are not owed, so the next date is today's or a later occurrence.
 */
function nextDateAfterChange(before: ScheduleRow, timing: AnchoredSchedule, timingChanged: boolean, reactivated: boolean): string {
  let next = before.nextMaintenance;
  if (timingChanged) {
    next = before.lastMaintenance ? nextOccurrence(timing, before.lastMaintenance) : firstOccurrence(timing, timing.startsOn);
  }
  const today = utcToday();
  if (reactivated && next < today) next = nextOccurrence(timing, addDays(today, -1));
  return next;
}

export async function updateSchedule(ctx: ServiceContext, rawInput: z.input<typeof updateScheduleInput>) {
  assertCan(ctx, "assets.write");
  const { scheduleId, data } = parseInput(updateScheduleInput, rawInput);
  const before = await findScheduleOrThrow(ctx, scheduleId, { lock: true });
  const changes = blankToNull(data);
  if (changes.config) changes.config = canonicalConfig(changes.config);
  const timing: AnchoredSchedule = {
    frequency: changes.frequency ?? before.frequency,
    intervalCount: changes.intervalCount ?? before.intervalCount,
    config: changes.config ?? before.config,
    startsOn: changes.startsOn ?? before.startsOn,
  };
  // The merged rule is checked: a new frequency must not inherit a config key it cannot use.
  const issues = checkScheduleConfig(timing.frequency, timing.config ?? {}, timing.startsOn);
  if (issues.length > 0) throw new ValidationError(issues);
  // jsonb hands keys back in its own order (shortest first), so compare configs canonically.
  const comparable = { ...before, config: canonicalConfig(before.config) };
  const timingDiff = diffValues(comparable, Object.fromEntries(timingFields.map((f) => [f, changes[f]])));
  const reactivated = changes.active === true && !before.active;
  const nextMaintenance = nextDateAfterChange(before, timing, Object.keys(timingDiff).length > 0, reactivated);
  const diff = diffValues(comparable, { ...changes, nextMaintenance });
  if (Object.keys(diff).length === 0) return before;
  const [row] = await ctx.db
    .update(assetMaintenanceSchedules)
    .set({ ...changes, nextMaintenance, updatedAt: sql`now()` })
    .where(and(eq(assetMaintenanceSchedules.tenant, ctx.tenantId), eq(assetMaintenanceSchedules.scheduleId, scheduleId)))
    .returning();
  // History rows carry no schedule reference, so the diff names the (unchanged) schedule id too.
  await recordAssetHistory(ctx, {
    assetId: row.assetId,
    changeType: "maintenance_schedule_changed",
    diff: { scheduleId: { from: scheduleId, to: scheduleId }, ...diff },
  });
  return row;
}
