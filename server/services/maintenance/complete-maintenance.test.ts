import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { useTestDatabase } from "../../../test/db";
import type { Actor } from "../../context";
import { completeMaintenance } from "./complete-maintenance";
import { createSchedule } from "./create-schedule";
import { listRecords } from "./list-records";
import { listSchedules } from "./list-schedules";
import { historyOf, makeMaintenanceWorld } from "./maintenance-fixtures";

const database = useTestDatabase();

type World = Awaited<ReturnType<typeof makeMaintenanceWorld>>;
type ScheduleInput = Parameters<typeof createSchedule>[1];

function scheduleOn(w: World, assetId: string, timing: Pick<ScheduleInput, "frequency" | "config" | "startsOn" | "intervalCount">) {
  return w.asTech((ctx) => createSchedule(ctx, { assetId, title: "Service", maintenanceType: "preventive", ...timing }));
}

function complete(w: World, assetId: string, scheduleId: string, performedAt: string, outcome: "completed" | "partial" | "failed" = "completed") {
  return w.asTech((ctx) => completeMaintenance(ctx, { assetId, scheduleId, performedAt, outcome }));
}

async function scheduleState(w: World, assetId: string) {
  const [schedule] = await w.asViewer((ctx) => listSchedules(ctx, { assetId }));
  return { next: schedule.nextMaintenance, last: schedule.lastMaintenance };
}

describe("completing maintenance", () => {
  it("advances a month-end schedule through a leap February, from the due occurrence when done early", async () => {
    const w = await makeMaintenanceWorld(database.current.db);
    const s = await scheduleOn(w, w.server.assetId, { frequency: "monthly", config: { dayOfMonth: "last" }, startsOn: "2024-01-01" });
    expect(s.nextMaintenance).toBe("2024-01-31");
    const first = await complete(w, w.server.assetId, s.scheduleId, "2024-01-31T23:30:00Z");
    expect(first).toMatchObject({ dueOn: "2024-01-31", scheduleId: s.scheduleId, maintenanceType: "preventive", outcome: "completed" });
    expect(await scheduleState(w, w.server.assetId)).toEqual({ next: "2024-02-29", last: "2024-01-31" });
    // Early (27 Feb for the 29 Feb occurrence): the occurrence is fulfilled, the next is 31 March.
    const second = await complete(w, w.server.assetId, s.scheduleId, "2024-02-27T09:00:00+02:00");
    expect(second.dueOn).toBe("2024-02-29");
    expect(await scheduleState(w, w.server.assetId)).toEqual({ next: "2024-03-31", last: "2024-02-27" });
  });

  it("skips the occurrences missed by late work to the first one after the performed date", async () => {
    const w = await makeMaintenanceWorld(database.current.db);
    const s = await scheduleOn(w, w.printer.assetId, { frequency: "monthly", config: { dayOfMonth: 31 }, startsOn: "2023-01-31" });
    const late = await complete(w, w.printer.assetId, s.scheduleId, "2023-04-10T12:00:00Z", "partial");
    expect(late.dueOn).toBe("2023-01-31");
    expect(await scheduleState(w, w.printer.assetId)).toEqual({ next: "2023-04-30", last: "2023-04-10" });
    // Done on the very day of a later occurrence: that one counts as passed too.
    await complete(w, w.printer.assetId, s.scheduleId, "2023-05-31T08:00:00Z");
    expect(await scheduleState(w, w.printer.assetId)).toEqual({ next: "2023-06-30", last: "2023-05-31" });
  });

  it("keeps a yearly Feb 29 schedule on Feb 28 in common years and Feb 29 in leap years", async () => {
    const w = await makeMaintenanceWorld(database.current.db);
    const s = await scheduleOn(w, w.workstation.assetId, { frequency: "yearly", config: { month: 2, dayOfMonth: 29 }, startsOn: "2016-02-01" });
    expect(s.nextMaintenance).toBe("2016-02-29");
    await complete(w, w.workstation.assetId, s.scheduleId, "2016-03-01T10:00:00Z");
    expect((await scheduleState(w, w.workstation.assetId)).next).toBe("2017-02-28");
    await complete(w, w.workstation.assetId, s.scheduleId, "2017-02-20T10:00:00Z");
    await complete(w, w.workstation.assetId, s.scheduleId, "2018-02-28T10:00:00Z");
    await complete(w, w.workstation.assetId, s.scheduleId, "2019-02-01T10:00:00Z");
    expect((await scheduleState(w, w.workstation.assetId)).next).toBe("2020-02-29");
  });

  it("does not advance the schedule on a failed outcome, but records it with its history", async () => {
    const { db } = database.current;
    const w = await makeMaintenanceWorld(db);
    const s = await scheduleOn(w, w.server.assetId, { frequency: "weekly", config: { weekday: 1 }, startsOn: "2024-01-01", intervalCount: 2 });
    const failed = await complete(w, w.server.assetId, s.scheduleId, "2024-01-01T10:00:00Z", "failed");
    expect(failed.dueOn).toBe("2024-01-01");
    expect(await scheduleState(w, w.server.assetId)).toEqual({ next: "2024-01-01", last: null });
    await complete(w, w.server.assetId, s.scheduleId, "2024-01-02T10:00:00Z");
    expect(await scheduleState(w, w.server.assetId)).toEqual({ next: "2024-01-15", last: "2024-01-02" });
    const performed = (await historyOf(db, w.a.tenantId, w.server.assetId)).filter((h) => h.changeType === "maintenance_performed");
    expect(performed).toHaveLength(2);
    expect(performed[0].diff).toEqual({
      recordId: { from: null, to: failed.recordId },
      scheduleId: { from: null, to: s.scheduleId },
      dueOn: { from: null, to: "2024-01-01" },
      performedAt: { from: null, to: "2024-01-01T10:00:00.000Z" },
      performedByUserId: { from: null, to: w.a.technician.userId },
      performedByName: { from: null, to: "Test technician" },
      maintenanceType: { from: null, to: "preventive" },
      outcome: { from: null, to: "failed" },
    });
    expect(performed[1].diff).toMatchObject({
      outcome: { from: null, to: "completed" },
      nextMaintenance: { from: "2024-01-01", to: "2024-01-15" },
      lastMaintenance: { from: null, to: "2024-01-02" },
    });
  });

  it("names the performer: a person by id and name, a token or automation by its label", async () => {
    const w = await makeMaintenanceWorld(database.current.db);
    const token: Actor = { type: "token", tokenId: randomUUID(), name: "rmm-sync", scopes: ["write"] };
    const system: Actor = { type: "system", label: "nightly" };
    const base = { assetId: w.server.assetId, maintenanceType: "inspection" as const, outcome: "completed" as const };
    const byToken = await w.as(token)((ctx) => completeMaintenance(ctx, { ...base, notes: "via API", durationMinutes: 15, cost: 12.5 }));
    expect(byToken).toMatchObject({ performedByUserId: null, performedByName: "token:rmm-sync", dueOn: null, scheduleId: null, cost: 12.5 });
    const bySystem = await w.as(system)((ctx) => completeMaintenance(ctx, base));
    expect(bySystem).toMatchObject({ performedByUserId: null, performedByName: "system:nightly" });
  });

  it("refuses bad input naming the field, and writes nothing", async () => {
    const { db } = database.current;
    const w = await makeMaintenanceWorld(db);
    const s = await scheduleOn(w, w.server.assetId, { frequency: "daily", startsOn: "2024-01-01" });
    const other = await scheduleOn(w, w.printer.assetId, { frequency: "daily", startsOn: "2024-01-01" });
    const base = { assetId: w.server.assetId, scheduleId: s.scheduleId, outcome: "completed" as const };
    const attempt = (input: Record<string, unknown>) => w.asTech((ctx) => completeMaintenance(ctx, { ...base, ...input } as typeof base));
    await expect(attempt({ outcome: "done" })).rejects.toThrow(/^outcome: must be one of completed, partial, failed$/);
    await expect(attempt({ performedAt: "2999-01-01T00:00:00Z" })).rejects.toThrow(/^performedAt: cannot be in the future$/);
    await expect(attempt({ performedAt: "yesterday" })).rejects.toThrow(/^performedAt: must be a date and time/);
    await expect(attempt({ cost: -1 })).rejects.toThrow(/^cost: cannot be negative$/);
    await expect(attempt({ durationMinutes: 1.5 })).rejects.toThrow(/^durationMinutes: must be whole minutes$/);
    await expect(attempt({ scheduleId: other.scheduleId })).rejects.toThrow(/^scheduleId: is a schedule of another asset$/);
    await expect(attempt({ scheduleId: undefined })).rejects.toThrow(/^maintenanceType: is required when no schedule is given$/);
    expect((await w.asViewer((ctx) => listRecords(ctx, { assetId: w.server.assetId }))).items).toEqual([]);
    expect(await scheduleState(w, w.server.assetId)).toEqual({ next: "2024-01-01", last: null });
    const history = await historyOf(db, w.a.tenantId, w.server.assetId);
    expect(history.map((h) => h.changeType)).toEqual(["maintenance_scheduled"]);
  });

  it("lists records newest first through a keyset cursor, to staff readers only", async () => {
    const w = await makeMaintenanceWorld(database.current.db);
    const s = await scheduleOn(w, w.server.assetId, { frequency: "daily", startsOn: "2024-01-01" });
    const sameTime = "2024-01-05T10:00:00Z";
    for (const at of ["2024-01-01T10:00:00Z", "2024-01-03T10:00:00Z", sameTime, sameTime, "2024-01-02T10:00:00Z"]) {
      await complete(w, w.server.assetId, s.scheduleId, at);
    }
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: Awaited<ReturnType<typeof listRecords>> = await w.asViewer((ctx) => listRecords(ctx, { assetId: w.server.assetId, limit: 2, cursor }));
      seen.push(...page.items.map((r) => `${r.performedAt.toISOString()} ${r.recordId}`));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toHaveLength(5);
    expect(seen).toEqual([...seen].sort().reverse());
    await expect(w.asClient((ctx) => listRecords(ctx, { assetId: w.server.assetId }))).rejects.toThrow(/assets\.read/);
    await expect(w.asViewer((ctx) => completeMaintenance(ctx, { assetId: w.server.assetId, scheduleId: s.scheduleId, outcome: "completed" }))).rejects.toThrow(
      /assets\.write/,
    );
  });

  it("answers NOT_FOUND for another tenant's asset or schedule", async () => {
    const w = await makeMaintenanceWorld(database.current.db);
    const theirs = await w.asB((ctx) =>
      createSchedule(ctx, { assetId: w.foreign.assetId, title: "Theirs", maintenanceType: "inspection", frequency: "daily", startsOn: "2024-01-01" }),
    );
    await expect(w.asTech((ctx) => completeMaintenance(ctx, { assetId: w.foreign.assetId, maintenanceType: "inspection", outcome: "completed" }))).rejects.toThrow(
      /^Asset .+ was not found$/,
    );
    await expect(w.asTech((ctx) => completeMaintenance(ctx, { assetId: w.server.assetId, scheduleId: theirs.scheduleId, outcome: "completed" }))).rejects.toThrow(
      /^Maintenance schedule .+ was not found$/,
    );
    await expect(w.asTech((ctx) => listRecords(ctx, { assetId: w.foreign.assetId }))).rejects.toThrow(/was not found/);
  });
});
