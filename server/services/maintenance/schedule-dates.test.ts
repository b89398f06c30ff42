import { describe, expect, it } from "vitest";
import { addDays, daysBetween, daysInMonth, isCalendarDate, partsOf, weekdayOf } from "../calendar";
import {
  countOccurrences,
  firstOccurrence,
  isOccurrence,
  nextAfterCompletion,
  nextOccurrence,
  type AnchoredSchedule,
} from "./schedule-dates";

/** The first `n` occurrences, by walking nextOccurrence from the first one. */
function occurrences(schedule: AnchoredSchedule, n: number): string[] {
  const list = [firstOccurrence(schedule, schedule.startsOn)];
  while (list.length < n) list.push(nextOccurrence(schedule, list[list.length - 1]));
  return list;
}

describe("calendar", () => {
  it("knows leap years and real dates", () => {
    expect(["2024-02-29", "2028-02-29", "2000-02-29"].every(isCalendarDate)).toBe(true);
    expect(["2023-02-29", "2100-02-29", "2024-04-31", "2024-13-01", "2024-1-01", ""].some(isCalendarDate)).toBe(false);
    expect([daysInMonth(2024, 2), daysInMonth(2100, 2), daysInMonth(2025, 2), daysInMonth(2024, 4)]).toEqual([29, 28, 28, 30]);
  });

  it("counts days and weekdays in UTC", () => {
    expect(weekdayOf("2024-01-01")).toBe(1);
    expect(weekdayOf("2024-01-07")).toBe(0);
    expect(weekdayOf("1970-01-01")).toBe(4);
    expect(addDays("2024-02-28", 1)).toBe("2024-02-29");
    expect(addDays("2100-02-28", 1)).toBe("2100-03-01");
    expect(addDays("2024-12-31", 1)).toBe("2025-01-01");
    expect(daysBetween("2024-03-30", "2024-04-01")).toBe(2);
    expect(daysBetween("2024-01-01", "2025-01-01")).toBe(366);
  });
});

describe("schedule dates", () => {
  it("daily: every N days from the start, across month ends and leap days", () => {
    expect(occurrences({ frequency: "daily", startsOn: "2024-02-27" }, 4)).toEqual(["2024-02-27", "2024-02-28", "2024-02-29", "2024-03-01"]);
    expect(occurrences({ frequency: "daily", intervalCount: 3, startsOn: "2024-02-27" }, 3)).toEqual(["2024-02-27", "2024-03-01", "2024-03-04"]);
    expect(occurrences({ frequency: "daily", intervalCount: 3, startsOn: "2023-02-27" }, 2)).toEqual(["2023-02-27", "2023-03-02"]);
    expect(nextOccurrence({ frequency: "daily", intervalCount: 10, startsOn: "2024-01-01" }, "2024-01-15")).toBe("2024-01-21");
  });

  it("weekly: on the configured weekday (0 = Sunday), every N weeks, across the year end", () => {
    expect(occurrences({ frequency: "weekly", config: { weekday: 5 }, startsOn: "2024-01-01" }, 3)).toEqual(["2024-01-05", "2024-01-12", "2024-01-19"]);
    expect(occurrences({ frequency: "weekly", intervalCount: 2, config: { weekday: 0 }, startsOn: "2024-01-01" }, 3)).toEqual(["2024-01-07", "2024-01-21", "2024-02-04"]);
    expect(firstOccurrence({ frequency: "weekly", config: { weekday: 1 } }, "2024-01-01")).toBe("2024-01-01");
    expect(occurrences({ frequency: "weekly", config: { weekday: 3 }, startsOn: "2024-12-30" }, 2)).toEqual(["2025-01-01", "2025-01-08"]);
    expect(occurrences({ frequency: "weekly", startsOn: "2024-02-29" }, 2)).toEqual(["2024-02-29", "2024-03-07"]);
  });

  it("monthly on the 31st clamps to short months without drifting", () => {
    const leap = { frequency: "monthly" as const, config: { dayOfMonth: 31 }, startsOn: "2024-01-31" };
    expect(occurrences(leap, 6)).toEqual(["2024-01-31", "2024-02-29", "2024-03-31", "2024-04-30", "2024-05-31", "2024-06-30"]);
    expect(occurrences({ ...leap, startsOn: "2023-01-31" }, 3)).toEqual(["2023-01-31", "2023-02-28", "2023-03-31"]);
    // Without config the start's day is the anchor, so a start on the 31st keeps coming back to it.
    expect(occurrences({ frequency: "monthly", startsOn: "2023-01-31" }, 3)).toEqual(["2023-01-31", "2023-02-28", "2023-03-31"]);
    expect(nextOccurrence(leap, "2024-02-29")).toBe("2024-03-31");
  });

  it('monthly on the "last" day, and a day already past in the start month', () => {
    expect(occurrences({ frequency: "monthly", config: { dayOfMonth: "last" }, startsOn: "2023-01-15" }, 4)).toEqual(["2023-01-31", "2023-02-28", "2023-03-31", "2023-04-30"]);
    expect(nextOccurrence({ frequency: "monthly", config: { dayOfMonth: "last" }, startsOn: "2024-01-01" }, "2024-02-01")).toBe("2024-02-29");
    expect(firstOccurrence({ frequency: "monthly", config: { dayOfMonth: 15 } }, "2024-01-20")).toBe("2024-02-15");
    expect(firstOccurrence({ frequency: "monthly", config: { dayOfMonth: 30 } }, "2024-02-10")).toBe("2024-02-29");
  });

  it("monthly every N months keeps the anchor day and crosses the year", () => {
    const schedule = { frequency: "monthly" as const, intervalCount: 2, config: { dayOfMonth: 31 }, startsOn: "2024-07-31" };
    expect(occurrences(schedule, 5)).toEqual(["2024-07-31", "2024-09-30", "2024-11-30", "2025-01-31", "2025-03-31"]);
    expect(nextOccurrence(schedule, "2024-08-15")).toBe("2024-09-30");
    expect(nextOccurrence({ frequency: "monthly", intervalCount: 5, startsOn: "2024-10-10" }, "2024-10-10")).toBe("2025-03-10");
  });

  it("quarterly counts quarters from the start month, clamped, across year boundaries", () => {
    expect(occurrences({ frequency: "quarterly", config: { dayOfMonth: 31 }, startsOn: "2023-11-30" }, 5)).toEqual(["2023-11-30", "2024-02-29", "2024-05-31", "2024-08-31", "2024-11-30"]);
    expect(occurrences({ frequency: "quarterly", startsOn: "2024-03-31" }, 5)).toEqual(["2024-03-31", "2024-06-30", "2024-09-30", "2024-12-31", "2025-03-31"]);
    expect(occurrences({ frequency: "quarterly", intervalCount: 2, startsOn: "2024-12-15" }, 3)).toEqual(["2024-12-15", "2025-06-15", "2025-12-15"]);
    expect(firstOccurrence({ frequency: "quarterly", config: { dayOfMonth: 1 } }, "2024-12-02")).toBe("2025-01-01");
    expect(nextOccurrence({ frequency: "quarterly", config: { dayOfMonth: "last" }, startsOn: "2025-01-01" }, "2025-01-31")).toBe("2025-04-30");
  });

  it("yearly on Feb 29 falls back to Feb 28 and returns to Feb 29 in leap years (2100 is not one)", () => {
    const feb29 = { frequency: "yearly" as const, config: { month: 2, dayOfMonth: 29 }, startsOn: "2024-02-29" };
    expect(occurrences(feb29, 5)).toEqual(["2024-02-29", "2025-02-28", "2026-02-28", "2027-02-28", "2028-02-29"]);
    const everyFour = { frequency: "yearly" as const, intervalCount: 4, startsOn: "2096-02-29" };
    expect(occurrences(everyFour, 3)).toEqual(["2096-02-29", "2100-02-28", "2104-02-29"]);
    expect(nextOccurrence({ ...feb29, startsOn: "2000-01-01" }, "2399-03-01")).toBe("2400-02-29");
  });

  it("yearly on a month and day, before or after the start in its year", () => {
    expect(firstOccurrence({ frequency: "yearly", config: { month: 6, dayOfMonth: 30 } }, "2024-07-01")).toBe("2025-06-30");
    expect(firstOccurrence({ frequency: "yearly", config: { month: 9, dayOfMonth: 1 } }, "2024-07-01")).toBe("2024-09-01");
    expect(firstOccurrence({ frequency: "yearly", config: { month: 1, dayOfMonth: "last" } }, "2024-01-31")).toBe("2024-01-31");
    expect(occurrences({ frequency: "yearly", startsOn: "2024-03-10" }, 2)).toEqual(["2024-03-10", "2025-03-10"]);
    expect(occurrences({ frequency: "yearly", intervalCount: 2, config: { month: 12 }, startsOn: "2024-12-31" }, 2)).toEqual(["2024-12-31", "2026-12-31"]);
  });

  it("before the first occurrence, the next one is the first", () => {
    expect(nextOccurrence({ frequency: "monthly", config: { dayOfMonth: 10 }, startsOn: "2024-05-01" }, "2020-01-01")).toBe("2024-05-10");
    expect(nextOccurrence({ frequency: "daily", startsOn: "2024-05-01" }, "2024-04-30")).toBe("2024-05-01");
  });

  it("counts occurrences in a period without listing them", () => {
    expect(countOccurrences({ frequency: "monthly", config: { dayOfMonth: 31 }, startsOn: "2020-01-01" }, "2024-01-01", "2024-12-31")).toBe(12);
    expect(countOccurrences({ frequency: "weekly", config: { weekday: 1 }, startsOn: "2023-06-01" }, "2024-01-01", "2024-01-31")).toBe(5);
    expect(countOccurrences({ frequency: "daily", startsOn: "2020-01-01" }, "2024-02-01", "2024-02-29")).toBe(29);
    expect(countOccurrences({ frequency: "quarterly", startsOn: "2024-02-15" }, "2024-01-01", "2024-12-31")).toBe(4);
    expect(countOccurrences({ frequency: "daily", startsOn: "2024-06-01" }, "2024-01-01", "2024-05-31")).toBe(0);
    expect(countOccurrences({ frequency: "daily", startsOn: "2024-06-01" }, "2024-06-10", "2024-06-01")).toBe(0);
    expect(countOccurrences({ frequency: "daily", startsOn: "2024-06-01" }, "2024-05-01", "2024-06-03")).toBe(3);
  });

  it("completion moves on from the due occurrence, or past a late performed date", () => {
    const monthEnd = { frequency: "monthly" as const, config: { dayOfMonth: "last" as const }, startsOn: "2024-01-01" };
    expect(nextAfterCompletion(monthEnd, "2024-01-31", "2024-01-25")).toBe("2024-02-29");
    expect(nextAfterCompletion(monthEnd, "2024-01-31", "2024-01-31")).toBe("2024-02-29");
    expect(nextAfterCompletion(monthEnd, "2024-01-31", "2024-03-05")).toBe("2024-03-31");
    expect(nextAfterCompletion(monthEnd, "2024-01-31", "2024-03-31")).toBe("2024-04-30");
  });

  it("agrees with itself day by day: next is the nearest later occurrence, and counts match", () => {
    const schedules: AnchoredSchedule[] = [
      { frequency: "daily", intervalCount: 4, startsOn: "2023-12-30" },
      { frequency: "weekly", intervalCount: 3, config: { weekday: 6 }, startsOn: "2024-02-20" },
      { frequency: "monthly", config: { dayOfMonth: 30 }, startsOn: "2023-12-31" },
      { frequency: "monthly", intervalCount: 3, config: { dayOfMonth: "last" }, startsOn: "2024-01-31" },
      { frequency: "quarterly", config: { dayOfMonth: 31 }, startsOn: "2024-01-31" },
      { frequency: "yearly", config: { month: 2, dayOfMonth: 29 }, startsOn: "2023-03-01" },
    ];
    const failures: string[] = [];
    for (const schedule of schedules) {
      let scanned = 0;
      for (let day = "2023-12-01"; day <= "2029-03-31"; day = addDays(day, 1)) {
        const next = nextOccurrence(schedule, day);
        if (!isOccurrence(schedule, next) || next <= day) failures.push(`${schedule.frequency} after ${day}: ${next}`);
        // Nothing between day and next may be an occurrence (checked for the short gaps only).
        if (daysBetween(day, next) <= 40) {
          for (let d = addDays(day, 1); d < next; d = addDays(d, 1)) {
            if (isOccurrence(schedule, d)) failures.push(`${schedule.frequency} after ${day}: skipped ${d}`);
          }
        }
        if (isOccurrence(schedule, day)) scanned += 1;
      }
      expect(countOccurrences(schedule, "2023-12-01", "2029-03-31")).toBe(scanned);
    }
    expect(failures).toEqual([]);
  });

  it("month-based occurrences always land on the anchor day or the month's last day", () => {
    for (const day of occurrences({ frequency: "monthly", config: { dayOfMonth: 30 }, startsOn: "2023-01-01" }, 80)) {
      const { year, month, day: d } = partsOf(day);
      expect(d).toBe(Math.min(30, daysInMonth(year, month)));
    }
  });
});
