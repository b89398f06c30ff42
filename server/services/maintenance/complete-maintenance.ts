import { and, eq, sql } from "drizzle-orm";
import { z } from "zod";
import { assetMaintenanceRecords, assetMaintenanceSchedules } from "../../../db/schema";
import { maintenanceOutcomes, maintenanceTypes } from "../../../db/schema/values";
import { actorLabel, assertCan, type Actor, type ServiceContext } from "../../context";
import { ValidationError } from "../../errors";
import { diffValues, recordAssetHistory } from "../history/record-history";
import { blankToNull, parseInput } from "../validate";
import { isCalendarDate, maxDate, utcDateOf } from "../calendar";
import { findAssetOrThrow, findScheduleOrThrow } from "./maintenance-queries";
import { nextAfterCompletion } from "./schedule-dates";
import { idOf, oneOf, optionalText } from "./schedule-input";

// A clock a few minutes ahead of the server's must not make "just now" a future time.
const FUTURE_SLACK_MS = 5 * 60_000;

/** A Date, an ISO date-time with offset, or a plain date (midnight UTC, the day it names). */
const INSTANT_MESSAGE = "must be a date and time (ISO 8601)";
const instant = z.union([z.date(), z.string().trim()], { errorMap: () => ({ message: INSTANT_MESSAGE }) }).transform((value, ctx) => {
  const ok = value instanceof Date || isCalendarDate(value) || z.string().datetime({ offset: true }).safeParse(value).success;
  const date = value instanceof Date ? value : new Date(value);
  if (!ok || Number.isNaN(date.getTime())) {
    ctx.addIssue({ code: z.ZodIssueCode.custom, message: INSTANT_MESSAGE });
    return z.NEVER;
  }
  if (date.getTime() > Date.now() + FUTURE_SLACK_MS) {
    ctx.addIssue({ code: z.ZodIssueCode.custom, message: "cannot be in the future" });
    return z.NEVER;
  }
  return date;
});

export const completeMaintenanceInput = z.object({
  assetId: idOf("an asset"),
  scheduleId: idOf("a schedule").nullish(),
  performedAt: instant.optional(),
  maintenanceType: oneOf(maintenanceTypes).optional(),
  outcome: oneOf(maintenanceOutcomes),
  notes: optionalText(10_000),
  durationMinutes: z.number().int("must be whole minutes").min(0, "cannot be negative").max(100_000, "is too long").nullish(),
  cost: z.number().finite("must be a number").min(0, "cannot be negative").max(9_999_999_999, "is too large").nullish(),
});

/** Who performed the work: a person by id and name; a token or automation by its label. */
function performer(actor: Actor) {
  if (actor.type === "user") return { performedByUserId: actor.userId, performedByName: actor.name || actor.email };
  return { performedByUserId: null, performedByName: actorLabel(actor) };
}

/**
 * Records maintenance performed on an asset. Against a schedule, the record fulfils the schedule's
 * current occurrence (due_on) and, unless it failed, the schedule moves on (nextAfterCompletion:
 * from the due occurrence, past the performed date when the work was late). A failed attempt
 * changes nothing on the schedule: the occurrence is still owed.
 */
export async function completeMaintenance(ctx: ServiceContext, rawInput: z.input<typeof completeMaintenanceInput>) {
  assertCan(ctx, "assets.write");
  const input = blankToNull(parseInput(completeMaintenanceInput, rawInput));
  await findAssetOrThrow(ctx, input.assetId);
  const schedule = input.scheduleId ? await findScheduleOrThrow(ctx, input.scheduleId, { lock: true }) : null;
  if (schedule && schedule.assetId !== input.assetId) throw ValidationError.field("scheduleId", "is a schedule of another asset");
  const maintenanceType = input.maintenanceType ?? schedule?.maintenanceType;
  if (!maintenanceType) throw ValidationError.field("maintenanceType", "is required when no schedule is given");
  const performedAt = input.performedAt ?? new Date();
  const performedOn = utcDateOf(performedAt);
  const [record] = await ctx.db
    .insert(assetMaintenanceRecords)
    .values({
      tenant: ctx.tenantId,
      assetId: input.assetId,
      scheduleId: schedule?.scheduleId ?? null,
      dueOn: schedule?.nextMaintenance ?? null,
      performedAt,
      ...performer(ctx.actor),
      maintenanceType,
      outcome: input.outcome,
      notes: input.notes ?? null,
      durationMinutes: input.durationMinutes ?? null,
      cost: input.cost ?? null,
    })
    .returning();
  let scheduleDiff = {};
  if (schedule && input.outcome !== "failed") {
    const advanced = {
      nextMaintenance: nextAfterCompletion(schedule, schedule.nextMaintenance, performedOn),
      // A back-dated record must not move the last maintenance date backwards.
      lastMaintenance: schedule.lastMaintenance ? maxDate(schedule.lastMaintenance, performedOn) : performedOn,
    };
    await ctx.db
      .update(assetMaintenanceSchedules)
      .set({ ...advanced, updatedAt: sql`now()` })
      .where(and(eq(assetMaintenanceSchedules.tenant, ctx.tenantId), eq(assetMaintenanceSchedules.scheduleId, schedule.scheduleId)));
    scheduleDiff = diffValues(schedule, advanced);
  }
  const { tenant: _tenant, assetId: _assetId, createdAt: _createdAt, ...recordFields } = record;
  await recordAssetHistory(ctx, {
    assetId: input.assetId,
    changeType: "maintenance_performed",
    diff: { ...diffValues({}, recordFields), ...scheduleDiff },
  });
  return record;
}
