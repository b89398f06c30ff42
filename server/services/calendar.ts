// Calendar dates as 'YYYY-MM-DD' strings and whole-day numbers (days since 1970-01-01, UTC).
// Local-time Date methods are never used: a schedule's dates must not move with the server's zone.

const DAY_MS = 86_400_000;
const DATE_SHAPE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

/** Days in `month` (1-12) of `year`. */
export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : MONTH_DAYS[month - 1];
}

/** The most days `month` ever has (29 for February): the limit of a yearly day of month. */
export function maxDaysInMonth(month: number): number {
  return month === 2 ? 29 : MONTH_DAYS[month - 1];
}

export interface CalendarParts {
  year: number;
  month: number;
  day: number;
}

export function isCalendarDate(value: string): boolean {
  const m = DATE_SHAPE.exec(value);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

export function partsOf(value: string): CalendarParts {
  if (!isCalendarDate(value)) throw new RangeError(`not a calendar date: ${value}`);
  const [year, month, day] = value.split("-").map(Number);
  return { year, month, day };
}

/** Day number of a date. setUTCFullYear is proleptic Gregorian and never consults the local zone. */
export function dayNumber(value: string): number {
  const { year, month, day } = partsOf(value);
  return dayNumberOf(year, month, day);
}

export function dayNumberOf(year: number, month: number, day: number): number {
  const instant = new Date(0);
  instant.setUTCFullYear(year, month - 1, day);
  return Math.round(instant.getTime() / DAY_MS);
}

export function dateOfDayNumber(days: number): string {
  return new Date(days * DAY_MS).toISOString().slice(0, 10);
}

export function addDays(value: string, days: number): string {
  return dateOfDayNumber(dayNumber(value) + days);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

/** 0 = Sunday … 6 = Saturday; 1970-01-01 was a Thursday. */
export function weekdayOf(value: string): number {
  return (((dayNumber(value) + 4) % 7) + 7) % 7;
}

/** The UTC calendar date of an instant: Tessera has no tenant time zone yet, so days are UTC days. */
export function utcDateOf(instant: Date): string {
  return instant.toISOString().slice(0, 10);
}

export function utcToday(): string {
  return utcDateOf(new Date());
}

export const maxDate = (a: string, b: string) => (a >= b ? a : b);
