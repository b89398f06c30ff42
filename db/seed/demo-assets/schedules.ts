import type { Random } from "../random";
import type { DemoSchedule } from "./generate";

const months = { monthly: 1, quarterly: 3, yearly: 12 } as const;
const day = 86_400_000;
const iso = (t: number) => new Date(t).toISOString().slice(0, 10);

function addMonths(date: Date, n: number): Date {
  const d = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + n, 1));
  const last = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  d.setUTCDate(Math.min(date.getUTCDate(), last));
  return d;
}

/**
 * A schedule's timing and its service history over the last year: occurrences on a fixed day of the
 * month, most done on time, some late, a few missed (so compliance reports have something to say).
 */
export function scheduleHistory(r: Random, s: DemoSchedule, now: number) {
  const step = months[s.frequency] * s.intervalCount;
  const dayOfMonth = r.int(1, 28);
  const today = new Date(now);
  let due = new Date(Date.UTC(today.getUTCFullYear() - 1, today.getUTCMonth(), dayOfMonth));
  const startsOn = iso(due.getTime());
  const records: { dueOn: string; performedAt: Date; outcome: "completed" | "partial" }[] = [];
  let last: string | null = null;
  while (due.getTime() < now - 3 * day) {
    const roll = r.next();
    if (roll > 0.08) {
      const lateDays = roll > 0.85 ? r.int(2, 12) : 0;
      const performedAt = new Date(due.getTime() + lateDays * day + r.int(9, 16) * 3_600_000);
      records.push({ dueOn: iso(due.getTime()), performedAt, outcome: r.chance(0.95) ? "completed" : "partial" });
      last = iso(performedAt.getTime());
    }
    due = addMonths(due, step);
  }
  // About one schedule in eight is behind: its latest occurrence was never done and is overdue now.
  if (r.chance(0.12) && records.length > 1) {
    const missed = iso(addMonths(due, -step).getTime());
    if (records[records.length - 1].dueOn === missed) records.pop();
    last = records.length ? iso(records[records.length - 1].performedAt.getTime()) : null;
    return { startsOn, nextMaintenance: missed, lastMaintenance: last, config: { dayOfMonth }, records };
  }
  return { startsOn, nextMaintenance: iso(due.getTime()), lastMaintenance: last, config: { dayOfMonth }, records };
}
