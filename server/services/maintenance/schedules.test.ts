import { describe, expect, it } from "vitest";
import { useTestDatabase } from "../../../test/db";
import { createSchedule } from "./create-schedule";
import { deleteSchedule } from "./delete-schedule";
import { listSchedules } from "./list-schedules";
import { fromToday, historyOf, makeMaintenanceWorld } from "./maintenance-fixtures";
import { updateSchedule } from "./update-schedule";

const database = useTestDatabase();

describe("maintenance schedules", () => {
  it("creates, updates and deletes a schedule, with a history row for each change", async () => {
    const { db } = database.current;
    const w = await makeMaintenanceWorld(db);
    const created = await w.asTech((ctx) =>
      createSchedule(ctx, {
        assetId: w.server.assetId,
        title: "Patch firmware",
        maintenanceType: "update",
        frequency: "monthly",
        config: { dayOfMonth: "last" },
        startsOn: "2024-01-10",
        notes: "",
      }),
    );
    expect(created).toMatchObject({ nextMaintenance: "2024-01-31", intervalCount: 1, notes: null, active: true, lastMaintenance: null });

    // Timing changes recompute the next date; a title change alone does not touch it.
    const moved = await w.asTech((ctx) =>
      updateSchedule(ctx, { scheduleId: created.scheduleId, data: { frequency: "quarterly", config: { dayOfMonth: 31 }, startsOn: "2024-02-01" } }),
    );
    expect(moved.nextMaintenance).toBe("2024-02-29");
    const renamed = await w.asTech((ctx) => updateSchedule(ctx, { scheduleId: created.scheduleId, data: { title: "Patch BIOS" } }));
    expect(renamed).toMatchObject({ title: "Patch BIOS", nextMaintenance: "2024-02-29" });
    const unchanged = await w.asTech((ctx) => updateSchedule(ctx, { scheduleId: created.scheduleId, data: { title: "Patch BIOS" } }));
    expect(unchanged.updatedAt).toEqual(renamed.updatedAt);

    const listed = await w.asViewer((ctx) => listSchedules(ctx, { assetId: w.server.assetId }));
    expect(listed.map((s) => s.scheduleId)).toEqual([created.scheduleId]);
    await w.asTech((ctx) => deleteSchedule(ctx, { scheduleId: created.scheduleId }));
    expect(await w.asViewer((ctx) => listSchedules(ctx, { assetId: w.server.assetId }))).toEqual([]);

    const history = await historyOf(db, w.a.tenantId, w.server.assetId);
    expect(history.map((h) => h.changeType)).toEqual([
      "maintenance_scheduled",
      "maintenance_schedule_changed",
      "maintenance_schedule_changed",
      "maintenance_schedule_removed",
    ]);
    expect(history[0].diff).toMatchObject({
      scheduleId: { from: null, to: created.scheduleId },
      title: { from: null, to: "Patch firmware" },
      config: { from: null, to: { dayOfMonth: "last" } },
      nextMaintenance: { from: null, to: "2024-01-31" },
    });
    expect(history[1].diff).toEqual({
      scheduleId: { from: created.scheduleId, to: created.scheduleId },
      frequency: { from: "monthly", to: "quarterly" },
      config: { from: { dayOfMonth: "last" }, to: { dayOfMonth: 31 } },
      startsOn: { from: "2024-01-10", to: "2024-02-01" },
      nextMaintenance: { from: "2024-01-31", to: "2024-02-29" },
    });
    expect(history[2].diff).toEqual({
      scheduleId: { from: created.scheduleId, to: created.scheduleId },
      title: { from: "Patch firmware", to: "Patch BIOS" },
    });
    expect(history[3].diff).toMatchObject({ scheduleId: { from: created.scheduleId, to: null }, title: { from: "Patch BIOS", to: null } });
    expect(history.every((h) => h.actorId === w.a.technician.userId && h.source === "ui")).toBe(true);
  });

  it("moves the next date on from the last maintenance when the timing changes, and skips a pause on re-activation", async () => {
    const { db } = database.current;
    const w = await makeMaintenanceWorld(db);
    const { sql } = await import("drizzle-orm");
    const created = await w.asTech((ctx) =>
      createSchedule(ctx, { assetId: w.printer.assetId, title: "Clean", maintenanceType: "cleaning", frequency: "weekly", config: { weekday: 1 }, startsOn: "2024-01-01" }),
    );
    await w.asTech((ctx) =>
      ctx.db.execute(sql`update asset_maintenance_schedules set last_maintenance = '2024-03-04' where schedule_id = ${created.scheduleId}`),
    );
    const changed = await w.asTech((ctx) => updateSchedule(ctx, { scheduleId: created.scheduleId, data: { config: { weekday: 5 } } }));
    expect(changed.nextMaintenance).toBe("2024-03-08");
    await w.asTech((ctx) => updateSchedule(ctx, { scheduleId: created.scheduleId, data: { active: false } }));
    const resumed = await w.asTech((ctx) => updateSchedule(ctx, { scheduleId: created.scheduleId, data: { active: true } }));
    expect(resumed.nextMaintenance >= fromToday(0)).toBe(true);
    expect(resumed.nextMaintenance <= fromToday(7)).toBe(true);
  });

  it("refuses config keys that do not fit the frequency, naming config.<key>, and writes nothing", async () => {
    const { db } = database.current;
    const w = await makeMaintenanceWorld(db);
    const base = { assetId: w.server.assetId, title: "Check", maintenanceType: "inspection" as const, startsOn: "2024-01-01" };
    const attempt = (input: Record<string, unknown>) => w.asTech((ctx) => createSchedule(ctx, { ...base, ...input } as Parameters<typeof createSchedule>[1]));
    await expect(attempt({ frequency: "monthly", config: { weekday: 2 } })).rejects.toThrow(/^config\.weekday: applies only to weekly schedules$/);
    await expect(attempt({ frequency: "weekly", config: { dayOfMonth: 3 } })).rejects.toThrow(/^config\.dayOfMonth: applies only to monthly/);
    await expect(attempt({ frequency: "quarterly", config: { month: 3 } })).rejects.toThrow(/^config\.month: applies only to yearly schedules$/);
    await expect(attempt({ frequency: "yearly", config: { month: 4, dayOfMonth: 31 } })).rejects.toThrow(/^config\.dayOfMonth: month 4 has at most 30 days$/);
    await expect(attempt({ frequency: "monthly", config: { dayOfMonth: 32 } })).rejects.toThrow(/^config\.dayOfMonth: must be a day 1-31 or "last"$/);
    await expect(attempt({ frequency: "monthly", config: { dayOfMonth: "first" } })).rejects.toThrow(/^config\.dayOfMonth: must be a day 1-31 or "last"$/);
    await expect(attempt({ frequency: "weekly", config: { weekday: 7 } })).rejects.toThrow(/^config\.weekday: must be a weekday 0-6/);
    await expect(attempt({ frequency: "hourly" })).rejects.toThrow(/^frequency: must be one of daily, weekly/);
    await expect(attempt({ frequency: "daily", startsOn: "2023-02-29" })).rejects.toThrow(/^startsOn: must be a date \(YYYY-MM-DD\)$/);
    await expect(attempt({ frequency: "daily", intervalCount: 0 })).rejects.toThrow(/^intervalCount: must be a whole number/);
    await expect(attempt({ frequency: "daily", title: " " })).rejects.toThrow(/^title: is required$/);

    // Resending the same two-key config is no change, although jsonb returns its keys in another order.
    const yearly = await attempt({ frequency: "yearly", config: { dayOfMonth: 29, month: 2 } });
    const same = await w.asTech((ctx) => updateSchedule(ctx, { scheduleId: yearly.scheduleId, data: { config: { dayOfMonth: 29, month: 2 } } }));
    expect(same.updatedAt).toEqual(yearly.updatedAt);
    await w.asTech((ctx) => deleteSchedule(ctx, { scheduleId: yearly.scheduleId }));

    const ok = await attempt({ frequency: "weekly", config: { weekday: 2 } });
    // An update is checked against the merged rule: monthly cannot keep the weekly weekday.
    await expect(w.asTech((ctx) => updateSchedule(ctx, { scheduleId: ok.scheduleId, data: { frequency: "monthly" } }))).rejects.toThrow(
      /^config\.weekday: applies only to weekly schedules$/,
    );
    await expect(w.asTech((ctx) => updateSchedule(ctx, { scheduleId: ok.scheduleId, data: {} }))).rejects.toThrow(/^data: names no field to change$/);
    const listed = await w.asViewer((ctx) => listSchedules(ctx, { assetId: w.server.assetId }));
    expect(listed).toHaveLength(1);
    expect(listed[0].frequency).toBe("weekly");
    const history = await historyOf(db, w.a.tenantId, w.server.assetId);
    expect(history.map((h) => h.changeType)).toEqual(["maintenance_scheduled", "maintenance_schedule_removed", "maintenance_scheduled"]);
  });

  it("answers NOT_FOUND for another tenant's asset and schedule, and never lists them", async () => {
    const { db } = database.current;
    const w = await makeMaintenanceWorld(db);
    const theirs = await w.asB((ctx) =>
      createSchedule(ctx, { assetId: w.foreign.assetId, title: "Theirs", maintenanceType: "inspection", frequency: "daily", startsOn: "2024-01-01" }),
    );
    const input = { assetId: w.foreign.assetId, title: "Mine", maintenanceType: "inspection" as const, frequency: "daily" as const, startsOn: "2024-01-01" };
    await expect(w.asTech((ctx) => createSchedule(ctx, input))).rejects.toThrow(/^Asset .+ was not found$/);
    await expect(w.asTech((ctx) => listSchedules(ctx, { assetId: w.foreign.assetId }))).rejects.toThrow(/was not found/);
    await expect(w.asTech((ctx) => updateSchedule(ctx, { scheduleId: theirs.scheduleId, data: { title: "x" } }))).rejects.toThrow(
      /^Maintenance schedule .+ was not found$/,
    );
    await expect(w.asTech((ctx) => deleteSchedule(ctx, { scheduleId: theirs.scheduleId }))).rejects.toThrow(/was not found/);
    expect(await w.asB((ctx) => listSchedules(ctx, { assetId: w.foreign.assetId }))).toMatchObject([{ title: "Theirs" }]);
  });

  it("lets a viewer read but not write, and a client user do neither", async () => {
    const { db } = database.current;
    const w = await makeMaintenanceWorld(db);
    const input = { assetId: w.server.assetId, title: "Nope", maintenanceType: "inspection" as const, frequency: "daily" as const, startsOn: "2024-01-01" };
    await expect(w.asViewer((ctx) => createSchedule(ctx, input))).rejects.toThrow(/permission to do this \(assets\.write\)/);
    const made = await w.asTech((ctx) => createSchedule(ctx, input));
    await expect(w.asViewer((ctx) => updateSchedule(ctx, { scheduleId: made.scheduleId, data: { title: "x" } }))).rejects.toThrow(/assets\.write/);
    await expect(w.asViewer((ctx) => deleteSchedule(ctx, { scheduleId: made.scheduleId }))).rejects.toThrow(/assets\.write/);
    await expect(w.asClient((ctx) => listSchedules(ctx, { assetId: w.server.assetId }))).rejects.toThrow(/permission to do this \(assets\.read\)/);
    expect(await w.asViewer((ctx) => listSchedules(ctx, { assetId: w.server.assetId }))).toHaveLength(1);
  });
});
