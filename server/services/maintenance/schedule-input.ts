import { z } from "zod";
import type { ScheduleConfig } from "../../../db/schema/maintenance";
import { maintenanceFrequencies, maintenanceTypes, type MaintenanceFrequency } from "../../../db/schema/values";
import type { FieldIssue } from "../../errors";
import { isCalendarDate, maxDaysInMonth, partsOf } from "../calendar";
import { calendarDate, idOf, oneOf, optionalText } from "../fields";

export { calendarDate, idOf, oneOf, optionalText } from "../fields";

const wholeIn = (min: number, max: number, message: string) =>
  z.number({ invalid_type_error: message }).int(message).min(min, message).max(max, message);

const DAY_MESSAGE = 'must be a day 1-31 or "last"';

export const scheduleConfig = z
  .object({
    weekday: wholeIn(0, 6, "must be a weekday 0-6 (0 = Sunday)").optional(),
    // Both the union and its number branch carry the message: zod reports the branch's own issue
    // when the value has the right type but is out of range.
    dayOfMonth: z.union([wholeIn(1, 31, DAY_MESSAGE), z.literal("last")], { errorMap: () => ({ message: DAY_MESSAGE }) }).optional(),
    month: wholeIn(1, 12, "must be a month 1-12").optional(),
  })
  .strict("may only set weekday, dayOfMonth and month");

/**
 * Which config keys a frequency takes: a weekday only for weekly, a day of month for monthly,
 * quarterly and yearly, a month only for yearly. A key that does not apply is refused rather than
 * ignored, so a form never shows a setting that silently does nothing.
 */
export function checkScheduleConfig(frequency: MaintenanceFrequency, config: ScheduleConfig, startsOn: string): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (config.weekday !== undefined && frequency !== "weekly") {
    issues.push({ field: "config.weekday", message: "applies only to weekly schedules" });
  }
  if (config.dayOfMonth !== undefined && (frequency === "daily" || frequency === "weekly")) {
    issues.push({ field: "config.dayOfMonth", message: "applies only to monthly, quarterly and yearly schedules" });
  }
  if (config.month !== undefined && frequency !== "yearly") {
    issues.push({ field: "config.month", message: "applies only to yearly schedules" });
  }
  // A yearly "February 30" would always be clamped: refuse it instead of guessing what was meant.
  if (frequency === "yearly" && typeof config.dayOfMonth === "number" && isCalendarDate(startsOn)) {
    const month = config.month ?? partsOf(startsOn).month;
    if (config.dayOfMonth > maxDaysInMonth(month)) {
      issues.push({ field: "config.dayOfMonth", message: `month ${month} has at most ${maxDaysInMonth(month)} days` });
    }
  }
  return issues;
}

/** The config with its keys in one order, so that equal settings store and diff as equal JSON. */
export function canonicalConfig(config: ScheduleConfig): ScheduleConfig {
  const out: ScheduleConfig = {};
  if (config.weekday !== undefined) out.weekday = config.weekday;
  if (config.dayOfMonth !== undefined) out.dayOfMonth = config.dayOfMonth;
  if (config.month !== undefined) out.month = config.month;
  return out;
}

/** The fields of a schedule, shared by create and update, the tRPC procedures and the forms. */
export const scheduleFields = z.object({
  title: z.string().trim().min(1, "is required").max(200, "must be at most 200 characters"),
  maintenanceType: oneOf(maintenanceTypes),
  frequency: oneOf(maintenanceFrequencies),
  intervalCount: wholeIn(1, 1000, "must be a whole number from 1 to 1000"),
  config: scheduleConfig,
  startsOn: calendarDate,
  notes: optionalText(10_000),
  active: z.boolean({ invalid_type_error: "must be true or false" }),
});

export const createScheduleInput = scheduleFields
  .omit({ active: true })
  .extend({
    assetId: idOf("an asset"),
    intervalCount: scheduleFields.shape.intervalCount.default(1),
    config: scheduleConfig.default({}),
  })
  .superRefine((value, ctx) => {
    for (const issue of checkScheduleConfig(value.frequency, value.config, value.startsOn)) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: issue.field.split("."), message: issue.message });
    }
  });

export const updateScheduleInput = z.object({
  scheduleId: idOf("a schedule"),
  data: scheduleFields.partial().refine((d) => Object.keys(d).length > 0, "names no field to change"),
});

export const scheduleIdInput = z.object({ scheduleId: idOf("a schedule") });
export const assetIdInput = z.object({ assetId: idOf("an asset") });
