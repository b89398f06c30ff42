import { describe, expect, it } from "vitest";
import { useTestDatabase } from "../../../test/db";
import { completeMaintenance } from "./complete-maintenance";
import { tallyCompliance } from "./compliance-tally";
import { createSchedule } from "./create-schedule";
import { maintenanceCompliance } from "./maintenance-compliance";
import { makeMaintenanceWorld } from "./maintenance-fixtures";
import { updateSchedule } from "./update-schedule";

const database = useTestDatabase();
const Q1 = { from: "2024-01-01", to: "2024-03-31" };

/**
 * Q1 2024. Company 0: the server has a month-end schedule (due Jan 31, Feb 29, Mar 31: done on the
 * day, 2 days late, and 1 day late after a failed attempt) and a fortnightly Monday one from March
 * (due Mar 4 done, Mar 18 missed); the printer a quarterly one due Feb 15, missed. Company 1: the
 * workstation every 30 days from Jan 1 (Jan 1, Jan 31, Mar 1, Mar 31), the first two done on the
 * day (one partial). Left out: a paused schedule, one starting after the period, an ad-hoc record,
 * and the other tenant.
 */
async function makeScenario() {
  const w = await makeMaintenanceWorld(database.current.db);
  type Timing = Pick<Parameters<typeof createSchedule>[1], "frequency" | "config" | "startsOn" | "intervalCount">;
  const schedule = (assetId: string, timing: Timing) =>
    w.asTech((ctx) => createSchedule(ctx, { assetId, title: "Service", maintenanceType: "preventive", ...timing }));
  const done = (assetId: string, scheduleId: string | null, performedAt: string, outcome: "completed" | "partial" | "failed" = "completed") =>
    w.asTech((ctx) => completeMaintenance(ctx, { assetId, scheduleId, performedAt, outcome, maintenanceType: "inspection" }));

  const monthEnd = await schedule(w.server.assetId, { frequency: "monthly", config: { dayOfMonth: "last" }, startsOn: "2023-12-01" });
  await done(w.server.assetId, monthEnd.scheduleId, "2023-12-31T10:00:00Z");
  await done(w.server.assetId, monthEnd.scheduleId, "2024-01-31T22:00:00Z");
  await done(w.server.assetId, monthEnd.scheduleId, "2024-03-02T10:00:00Z");
  await done(w.server.assetId, monthEnd.scheduleId, "2024-03-31T10:00:00Z", "failed");
  await done(w.server.assetId, monthEnd.scheduleId, "2024-04-01T10:00:00Z");
  const mondays = await schedule(w.server.assetId, { frequency: "weekly", intervalCount: 2, config: { weekday: 1 }, startsOn: "2024-03-01" });
  await done(w.server.assetId, mondays.scheduleId, "2024-03-04T10:00:00Z");
  await done(w.server.assetId, null, "2024-02-10T10:00:00Z");
  await schedule(w.printer.assetId, { frequency: "quarterly", startsOn: "2024-02-15" });
  const paused = await schedule(w.printer.assetId, { frequency: "daily", startsOn: "2024-01-01" });
  await w.asTech((ctx) => updateSchedule(ctx, { scheduleId: paused.scheduleId, data: { active: false } }));
  const every30 = await schedule(w.workstation.assetId, { frequency: "daily", intervalCount: 30, startsOn: "2024-01-01" });
  await done(w.workstation.assetId, every30.scheduleId, "2024-01-01T08:00:00Z");
  await done(w.workstation.assetId, every30.scheduleId, "2024-01-31T08:00:00Z", "partial");
  await schedule(w.workstation.assetId, { frequency: "daily", startsOn: "2024-05-01" });
  await w.asB((ctx) => createSchedule(ctx, { assetId: w.foreign.assetId, title: "B", maintenanceType: "inspection", frequency: "daily", startsOn: "2024-01-01" }));
  return w;
}

describe("maintenance compliance", () => {
  it("counts due occurrences and on-time completions per asset, per company and in total", async () => {
    const w = await makeScenario();
    const report = await w.asViewer((ctx) => maintenanceCompliance(ctx, Q1));
    expect(report.period).toEqual({ ...Q1, graceDays: 0 });
    expect(report.totals).toEqual({ due: 10, onTime: 4, rate: 0.4 });
    const [c0, c1] = w.a.companies;
    const companies = Object.fromEntries(report.companies.map((c) => [c.companyId, [c.name, c.due, c.onTime, c.rate]]));
    expect(companies).toEqual({ [c0.companyId]: [c0.name, 6, 2, 2 / 6], [c1.companyId]: [c1.name, 4, 2, 0.5] });
    const assets = Object.fromEntries(report.assets.map((a) => [a.name, [a.companyId, a.due, a.onTime, a.rate]]));
    expect(assets).toEqual({
      "SRV-01": [c0.companyId, 5, 2, 0.4],
      "PRN-01": [c0.companyId, 1, 0, 0],
      "WS-02": [c1.companyId, 4, 2, 0.5],
    });
    expect(report.assets.find((a) => a.name === "SRV-01")).toMatchObject({ assetId: w.server.assetId, assetTag: w.server.assetTag, companyName: c0.name });
  });

  it("applies a grace period to late completions", async () => {
    const w = await makeScenario();
    const oneDay = await w.asViewer((ctx) => maintenanceCompliance(ctx, { ...Q1, graceDays: 1 }));
    expect(oneDay.assets.find((a) => a.name === "SRV-01")).toMatchObject({ due: 5, onTime: 3 });
    const twoDays = await w.asViewer((ctx) => maintenanceCompliance(ctx, { ...Q1, graceDays: 2 }));
    expect(twoDays.totals).toEqual({ due: 10, onTime: 6, rate: 0.6 });
  });

  it("filters by company or asset, and gives no rate when nothing was due", async () => {
    const w = await makeScenario();
    const second = await w.asViewer((ctx) => maintenanceCompliance(ctx, { ...Q1, companyId: w.a.companies[1].companyId }));
    expect(second.totals).toEqual({ due: 4, onTime: 2, rate: 0.5 });
    expect(second.assets.map((a) => a.assetId)).toEqual([w.workstation.assetId]);
    const printer = await w.asViewer((ctx) => maintenanceCompliance(ctx, { ...Q1, assetId: w.printer.assetId }));
    expect(printer.totals).toEqual({ due: 1, onTime: 0, rate: 0 });
    const quiet = await w.asViewer((ctx) => maintenanceCompliance(ctx, { from: "2024-03-01", to: "2024-04-30", assetId: w.printer.assetId }));
    expect(quiet.totals).toEqual({ due: 0, onTime: 0, rate: null });
    expect(quiet.assets).toMatchObject([{ assetId: w.printer.assetId, due: 0, onTime: 0, rate: null }]);
    const before = await w.asViewer((ctx) => maintenanceCompliance(ctx, { from: "2020-01-01", to: "2020-12-31" }));
    expect(before).toMatchObject({ totals: { due: 0, onTime: 0, rate: null }, companies: [], assets: [] });
  });

  it("refuses a reversed period, foreign filters and client users", async () => {
    const w = await makeScenario();
    await expect(w.asViewer((ctx) => maintenanceCompliance(ctx, { from: "2024-03-01", to: "2024-02-01" }))).rejects.toThrow(/^to: must be on or after from$/);
    await expect(w.asViewer((ctx) => maintenanceCompliance(ctx, { from: "2024-02-30", to: "2024-03-01" }))).rejects.toThrow(/^from: must be a date/);
    await expect(w.asViewer((ctx) => maintenanceCompliance(ctx, { ...Q1, assetId: w.foreign.assetId }))).rejects.toThrow(/^Asset .+ was not found$/);
    await expect(w.asViewer((ctx) => maintenanceCompliance(ctx, { ...Q1, companyId: w.b.companies[0].companyId }))).rejects.toThrow(/was not found/);
    await expect(w.asClient((ctx) => maintenanceCompliance(ctx, Q1))).rejects.toThrow(/assets\.read/);
    const theirs = await w.asB((ctx) => maintenanceCompliance(ctx, Q1));
    expect(theirs.totals).toEqual({ due: 91, onTime: 0, rate: 0 });
  });

  it("counts an occurrence once however many records it has, and ignores dates off the current rule", () => {
    const schedule = { scheduleId: "s1", frequency: "monthly" as const, config: { dayOfMonth: 15 }, startsOn: "2024-01-01", assetId: "a1", assetName: "A", assetTag: "T", companyId: "c1", companyName: "C" };
    const tally = tallyCompliance(Q1, [schedule], [
      { scheduleId: "s1", dueOn: "2024-01-15" },
      { scheduleId: "s1", dueOn: "2024-01-15" },
      { scheduleId: "s1", dueOn: "2024-02-20" },
      { scheduleId: "gone", dueOn: "2024-03-15" },
    ]);
    expect(tally.totals).toEqual({ due: 3, onTime: 1, rate: 1 / 3 });
  });
});
