import { describe, expect, it } from "vitest";
import { makeTestApp } from "../../../test/app";
import { useTestDatabase } from "../../../test/db";
import type { Actor } from "../../context";
import { createCallerFactory } from "../../trpc/init";
import { maintenanceRouter } from "../../trpc/routers/maintenance";
import { historyOf, makeMaintenanceWorld } from "./maintenance-fixtures";

const database = useTestDatabase();

describe("maintenance router", () => {
  it("serves the services with their permissions, error codes and field names", async () => {
    const { db } = database.current;
    const w = await makeMaintenanceWorld(db);
    const app = makeTestApp(database.current);
    const callerAs = (actor: Actor, tenantId = w.a.tenantId) =>
      createCallerFactory(maintenanceRouter)({
        app,
        meta: { requestId: "test", ip: "127.0.0.1", secure: false, userAgent: null },
        auth: { kind: "token", tenantId, actor },
        authError: null,
      });
    const tech = callerAs(w.a.technician.actor);
    const viewer = callerAs(w.a.viewer.actor);
    const input = { assetId: w.server.assetId, title: "Filters", maintenanceType: "cleaning" as const, frequency: "quarterly" as const, startsOn: "2024-01-31" };

    const created = await tech.createSchedule(input);
    expect(created.nextMaintenance).toBe("2024-01-31");
    await tech.updateSchedule({ scheduleId: created.scheduleId, data: { title: "Air filters" } });
    const record = await tech.complete({ assetId: w.server.assetId, scheduleId: created.scheduleId, performedAt: new Date("2024-02-01T09:00:00Z"), outcome: "completed" });
    expect(record.dueOn).toBe("2024-01-31");
    expect(await viewer.schedules({ assetId: w.server.assetId })).toMatchObject([{ title: "Air filters", nextMaintenance: "2024-04-30" }]);
    expect((await viewer.records({ assetId: w.server.assetId })).items.map((r) => r.recordId)).toEqual([record.recordId]);
    expect((await viewer.overdue()).items.map((i) => i.scheduleId)).toEqual([created.scheduleId]);
    expect((await viewer.due({ withinDays: 3 })).items.map((i) => i.scheduleId)).toEqual([created.scheduleId]);
    expect((await viewer.compliance({ from: "2024-01-01", to: "2024-03-31" })).totals).toEqual({ due: 1, onTime: 0, rate: 0 });

    await expect(viewer.createSchedule(input)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(callerAs(w.a.client.actor).due()).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(tech.createSchedule({ ...input, config: { weekday: 1 } })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      // A caller sees the raw zod issues; the wire format (errorFormatter) turns them into "field: message".
      cause: { issues: [expect.objectContaining({ path: ["config", "weekday"], message: "applies only to weekly schedules" })] },
    });
    await expect(tech.createSchedule({ ...input, assetId: w.foreign.assetId })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(tech.complete({ assetId: w.server.assetId, outcome: "completed" })).rejects.toMatchObject({ code: "BAD_REQUEST" });

    await tech.deleteSchedule({ scheduleId: created.scheduleId });
    expect(await viewer.schedules({ assetId: w.server.assetId })).toEqual([]);
    // The service history outlives the schedule.
    expect((await viewer.records({ assetId: w.server.assetId })).items).toMatchObject([{ recordId: record.recordId, scheduleId: null, dueOn: "2024-01-31" }]);
    const history = await historyOf(db, w.a.tenantId, w.server.assetId);
    expect(history.map((h) => h.changeType)).toEqual([
      "maintenance_scheduled",
      "maintenance_schedule_changed",
      "maintenance_performed",
      "maintenance_schedule_removed",
    ]);
  });
});
