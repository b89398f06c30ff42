import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { useTestDatabase } from "../../../test/db";
import { makeAssets } from "../../../test/factories";
import { createSchedule } from "./create-schedule";
import { dueMaintenance } from "./due-maintenance";
import { fromToday, makeMaintenanceWorld } from "./maintenance-fixtures";
import { overdueMaintenance } from "./overdue-maintenance";
import { updateSchedule } from "./update-schedule";

const database = useTestDatabase();

/** Schedules relative to today: the lists measure "due" from the real date. */
async function makeDueWorld() {
  const w = await makeMaintenanceWorld(database.current.db);
  const make = (assetId: string, title: string, frequency: "daily" | "weekly" | "monthly", startsOn: string) =>
    w.asTech((ctx) => createSchedule(ctx, { assetId, title, maintenanceType: "inspection", frequency, startsOn }));
  const overdue = await make(w.server.assetId, "Overdue backup check", "daily", fromToday(-10));
  const today = await make(w.printer.assetId, "Toner today", "daily", fromToday(0));
  const soon = await make(w.server.assetId, "Monthly patching", "monthly", fromToday(5));
  const later = await make(w.workstation.assetId, "Disk check", "weekly", fromToday(20));
  const paused = await make(w.server.assetId, "Paused", "daily", fromToday(-3));
  await w.asTech((ctx) => updateSchedule(ctx, { scheduleId: paused.scheduleId, data: { active: false } }));
  const [archived] = await makeAssets(database.current.db, w.a.tenantId, w.a.companies[0].companyId, [{ name: "OLD-01" }]);
  await make(archived.assetId, "Retired", "daily", fromToday(-2));
  await w.asTech((ctx) => ctx.db.execute(sql`update assets set archived_at = now() where asset_id = ${archived.assetId}`));
  await w.asB((ctx) => createSchedule(ctx, { assetId: w.foreign.assetId, title: "Foreign", maintenanceType: "inspection", frequency: "daily", startsOn: fromToday(-1) }));
  return { w, overdue, today, soon, later };
}

describe("due and overdue maintenance", () => {
  it("lists active schedules due within the window or overdue, soonest first, with asset and company", async () => {
    const { w, overdue, today, soon, later } = await makeDueWorld();
    const due = await w.asViewer((ctx) => dueMaintenance(ctx, {}));
    expect(due.today).toBe(fromToday(0));
    expect(due.items.map((i) => [i.title, i.nextMaintenance, i.overdueDays])).toEqual([
      ["Overdue backup check", fromToday(-10), 10],
      ["Toner today", fromToday(0), 0],
      ["Monthly patching", fromToday(5), 0],
    ]);
    expect(due.items[0]).toMatchObject({
      scheduleId: overdue.scheduleId,
      asset: { assetId: w.server.assetId, name: "SRV-01", assetTag: w.server.assetTag, companyId: w.a.companies[0].companyId, companyName: w.a.companies[0].name },
    });
    expect(due.items.map((i) => i.scheduleId)).toEqual([overdue.scheduleId, today.scheduleId, soon.scheduleId]);
    const wider = await w.asViewer((ctx) => dueMaintenance(ctx, { withinDays: 30 }));
    expect(wider.items.map((i) => i.scheduleId)).toEqual([overdue.scheduleId, today.scheduleId, soon.scheduleId, later.scheduleId]);
    const todayOnly = await w.asViewer((ctx) => dueMaintenance(ctx, { withinDays: 0 }));
    expect(todayOnly.items.map((i) => i.scheduleId)).toEqual([overdue.scheduleId, today.scheduleId]);

    const late = await w.asViewer((ctx) => overdueMaintenance(ctx, {}));
    expect(late.items.map((i) => [i.scheduleId, i.overdueDays])).toEqual([[overdue.scheduleId, 10]]);
  });

  it("filters by company and pages with a cursor", async () => {
    const { w, overdue, today, soon, later } = await makeDueWorld();
    const second = await w.asViewer((ctx) => dueMaintenance(ctx, { companyId: w.a.companies[1].companyId, withinDays: 30 }));
    expect(second.items.map((i) => i.scheduleId)).toEqual([later.scheduleId]);
    const first = await w.asViewer((ctx) => overdueMaintenance(ctx, { companyId: w.a.companies[1].companyId }));
    expect(first.items).toEqual([]);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: Awaited<ReturnType<typeof dueMaintenance>> = await w.asViewer((ctx) => dueMaintenance(ctx, { withinDays: 30, limit: 1, cursor }));
      seen.push(...page.items.map((i) => i.scheduleId));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual([overdue.scheduleId, today.scheduleId, soon.scheduleId, later.scheduleId]);
    await expect(w.asViewer((ctx) => dueMaintenance(ctx, { cursor: "bogus" }))).rejects.toThrow(/^cursor: is not a cursor this list issued/);
  });

  it("never shows another tenant's schedules; a foreign company filter is NOT_FOUND; client users cannot read", async () => {
    const { w } = await makeDueWorld();
    const theirs = await w.asB((ctx) => overdueMaintenance(ctx, {}));
    expect(theirs.items.map((i) => i.title)).toEqual(["Foreign"]);
    const ours = await w.asViewer((ctx) => dueMaintenance(ctx, { withinDays: 366 }));
    expect(ours.items.map((i) => i.title)).not.toContain("Foreign");
    await expect(w.asViewer((ctx) => dueMaintenance(ctx, { companyId: w.b.companies[0].companyId }))).rejects.toThrow(/^Company .+ was not found$/);
    await expect(w.asClient((ctx) => dueMaintenance(ctx, {}))).rejects.toThrow(/assets\.read/);
    await expect(w.asClient((ctx) => overdueMaintenance(ctx, {}))).rejects.toThrow(/assets\.read/);
    await expect(w.asViewer((ctx) => dueMaintenance(ctx, { withinDays: -1 }))).rejects.toThrow(/^withinDays: cannot be negative$/);
  });
});
