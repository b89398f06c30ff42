import type { ScheduleConfig } from "../../../db/schema/maintenance";
import type { MaintenanceFrequency } from "../../../db/schema/values";
import { dateOfDayNumber, dayNumber, dayNumberOf, daysInMonth, maxDate, partsOf, weekdayOf } from "../calendar";

/** When a schedule falls. Config keys left out default to the start date's weekday, day or month. */
export interface ScheduleRule {
  frequency: MaintenanceFrequency;
  intervalCount?: number;
  config?: ScheduleConfig;
}

export interface AnchoredSchedule extends ScheduleRule {
  startsOn: string;
}

/**
 * A schedule's occurrences as a sequence at(0) < at(1) < … of day numbers. Each one is computed
 * from the anchor (first period + k intervals, then the configured day clamped to that month), never
 * from the previous occurrence, so a day clamped in a short month does not drift: Jan 31 → Feb 28 →
 * Mar 31. It also makes "the first occurrence after a date" arithmetic instead of a loop.
 */
interface Sequence {
  at(k: number): number;
  /** The smallest k whose occurrence is on or after `day`. */
  indexOnOrAfter(day: number): number;
}

function daySequence(first: number, step: number): Sequence {
  return {
    at: (k) => first + k * step,
    indexOnOrAfter: (day) => (day <= first ? 0 : Math.ceil((day - first) / step)),
  };
}

/** Monthly, quarterly and yearly: every `step` months on a day of month, from a first month. */
function monthSequence(startsOn: string, step: number, dayOfMonth: ScheduleConfig["dayOfMonth"], yearlyMonth?: number): Sequence {
  const start = partsOf(startsOn);
  const anchorDay = dayOfMonth ?? start.day;
  const dateIn = (monthIndex: number) => {
    const year = Math.floor(monthIndex / 12);
    const month = monthIndex - year * 12 + 1;
    const last = daysInMonth(year, month);
    return dayNumberOf(year, month, anchorDay === "last" ? last : Math.min(anchorDay, last));
  };
  let first = start.year * 12 + (yearlyMonth ?? start.month) - 1;
  // The configured day may already have passed in the start's month (or year): begin one later.
  if (dateIn(first) < dayNumber(startsOn)) first += yearlyMonth === undefined ? 1 : 12;
  return {
    at: (k) => dateIn(first + k * step),
    indexOnOrAfter: (day) => {
      const { year, month } = partsOf(dateOfDayNumber(day));
      let k = Math.max(0, Math.ceil((year * 12 + month - 1 - first) / step));
      if (dateIn(first + k * step) < day) k += 1;
      return k;
    },
  };
}

function sequenceOf(rule: ScheduleRule, startsOn: string): Sequence {
  const interval = rule.intervalCount ?? 1;
  const config = rule.config ?? {};
  switch (rule.frequency) {
    case "daily":
      return daySequence(dayNumber(startsOn), interval);
    case "weekly": {
      const offset = ((config.weekday ?? weekdayOf(startsOn)) - weekdayOf(startsOn) + 7) % 7;
      return daySequence(dayNumber(startsOn) + offset, 7 * interval);
    }
    case "monthly":
      return monthSequence(startsOn, interval, config.dayOfMonth);
    case "quarterly":
      // Quarters count from the start's month (a schedule starting in February runs Feb/May/Aug/Nov).
      return monthSequence(startsOn, 3 * interval, config.dayOfMonth);
    case "yearly":
      return monthSequence(startsOn, 12 * interval, config.dayOfMonth, config.month ?? partsOf(startsOn).month);
  }
}

/** The first date on or after `startsOn` that the rule falls on. */
export function firstOccurrence(rule: ScheduleRule, startsOn: string): string {
  return dateOfDayNumber(sequenceOf(rule, startsOn).at(0));
}

/** The first occurrence strictly after `afterDate` (the first one, when `afterDate` precedes it). */
export function nextOccurrence(schedule: AnchoredSchedule, afterDate: string): string {
  const sequence = sequenceOf(schedule, schedule.startsOn);
  return dateOfDayNumber(sequence.at(sequence.indexOnOrAfter(dayNumber(afterDate) + 1)));
}

/** How many occurrences fall in [from, to], both inclusive, without listing them. */
export function countOccurrences(schedule: AnchoredSchedule, from: string, to: string): number {
  if (to < from) return 0;
  const sequence = sequenceOf(schedule, schedule.startsOn);
  return Math.max(0, sequence.indexOnOrAfter(dayNumber(to) + 1) - sequence.indexOnOrAfter(dayNumber(from)));
}

export function isOccurrence(schedule: AnchoredSchedule, date: string): boolean {
  const sequence = sequenceOf(schedule, schedule.startsOn);
  const day = dayNumber(date);
  return sequence.at(sequence.indexOnOrAfter(day)) === day;
}

/**
 * The schedule's next date once the occurrence due on `dueOn` was performed on `performedOn`.
 * Rule: advance from the due occurrence; if that is still on or before the performed date (the work
 * was late), keep advancing until the first occurrence after the performed date. Occurrences missed
 * while the work was late are skipped, not owed: the asset was just serviced, and compliance still
 * counts them as due-and-missed. Work done early still moves on from the due occurrence.
 */
export function nextAfterCompletion(schedule: AnchoredSchedule, dueOn: string, performedOn: string): string {
  return nextOccurrence(schedule, maxDate(dueOn, performedOn));
}
