import { countOccurrences, isOccurrence, type AnchoredSchedule } from "./schedule-dates";

export interface ComplianceSchedule extends AnchoredSchedule {
  scheduleId: string;
  assetId: string;
  assetName: string;
  assetTag: string;
  companyId: string;
  companyName: string;
}

export interface Tally {
  due: number;
  onTime: number;
  /** on-time ÷ due; null when nothing was due, so "no work" never reads as 0 % or 100 %. */
  rate: number | null;
}

const rateOf = (due: number, onTime: number): Tally => ({ due, onTime, rate: due === 0 ? null : onTime / due });

const byText = (a: string, b: string) => a.localeCompare(b, "en", { sensitivity: "base" });

/**
 * Sums due occurrences and on-time completions per asset, per company and in total. A completion
 * counts once per occurrence (several records of one occurrence are one), and only when its due
 * date is an occurrence of the schedule's current rule: a record of a rule since changed cannot
 * push an asset above 100 %.
 */
export function tallyCompliance(period: { from: string; to: string }, schedules: ComplianceSchedule[], onTime: { scheduleId: string; dueOn: string }[]) {
  const scheduleById = new Map(schedules.map((s) => [s.scheduleId, s]));
  const onTimeBySchedule = new Map<string, Set<string>>();
  for (const { scheduleId, dueOn } of onTime) {
    const schedule = scheduleById.get(scheduleId);
    if (!schedule || !isOccurrence(schedule, dueOn)) continue;
    const set = onTimeBySchedule.get(scheduleId) ?? new Set<string>();
    set.add(dueOn);
    onTimeBySchedule.set(scheduleId, set);
  }
  type AssetSum = Omit<ComplianceSchedule, keyof AnchoredSchedule | "scheduleId"> & { due: number; onTime: number };
  const assets = new Map<string, AssetSum>();
  for (const s of schedules) {
    const sum = assets.get(s.assetId) ?? { assetId: s.assetId, assetName: s.assetName, assetTag: s.assetTag, companyId: s.companyId, companyName: s.companyName, due: 0, onTime: 0 };
    sum.due += countOccurrences(s, period.from, period.to);
    sum.onTime += onTimeBySchedule.get(s.scheduleId)?.size ?? 0;
    assets.set(s.assetId, sum);
  }
  const companies = new Map<string, { companyId: string; name: string; due: number; onTime: number }>();
  for (const a of assets.values()) {
    const sum = companies.get(a.companyId) ?? { companyId: a.companyId, name: a.companyName, due: 0, onTime: 0 };
    sum.due += a.due;
    sum.onTime += a.onTime;
    companies.set(a.companyId, sum);
  }
  const companyList = [...companies.values()].sort((x, y) => byText(x.name, y.name) || x.companyId.localeCompare(y.companyId));
  const assetList = [...assets.values()].sort(
    (x, y) => byText(x.companyName, y.companyName) || byText(x.assetName, y.assetName) || x.assetId.localeCompare(y.assetId),
  );
  const due = assetList.reduce((n, a) => n + a.due, 0);
  const done = assetList.reduce((n, a) => n + a.onTime, 0);
  return {
    totals: rateOf(due, done),
    companies: companyList.map((c) => ({ companyId: c.companyId, name: c.name, ...rateOf(c.due, c.onTime) })),
    assets: assetList.map((a) => ({
      assetId: a.assetId,
      name: a.assetName,
      assetTag: a.assetTag,
      companyId: a.companyId,
      companyName: a.companyName,
      ...rateOf(a.due, a.onTime),
    })),
  };
}
