import { completeMaintenance, completeMaintenanceInput } from "../../services/maintenance/complete-maintenance";
import { createSchedule } from "../../services/maintenance/create-schedule";
import { deleteSchedule } from "../../services/maintenance/delete-schedule";
import { dueMaintenance, dueMaintenanceInput } from "../../services/maintenance/due-maintenance";
import { listRecords, listRecordsInput } from "../../services/maintenance/list-records";
import { listSchedules } from "../../services/maintenance/list-schedules";
import { maintenanceCompliance, maintenanceComplianceInput } from "../../services/maintenance/maintenance-compliance";
import { overdueMaintenance, overdueMaintenanceInput } from "../../services/maintenance/overdue-maintenance";
import { assetIdInput, createScheduleInput, scheduleIdInput, updateScheduleInput } from "../../services/maintenance/schedule-input";
import { updateSchedule } from "../../services/maintenance/update-schedule";
import { router } from "../init";
import { permissionProcedure } from "../procedures";

const read = permissionProcedure("assets.read");
const write = permissionProcedure("assets.write");

export const maintenanceRouter = router({
  schedules: read.input(assetIdInput).query(({ ctx, input }) => listSchedules(ctx.svc, input)),
  createSchedule: write.input(createScheduleInput).mutation(({ ctx, input }) => createSchedule(ctx.svc, input)),
  updateSchedule: write.input(updateScheduleInput).mutation(({ ctx, input }) => updateSchedule(ctx.svc, input)),
  deleteSchedule: write.input(scheduleIdInput).mutation(({ ctx, input }) => deleteSchedule(ctx.svc, input)),
  complete: write.input(completeMaintenanceInput).mutation(({ ctx, input }) => completeMaintenance(ctx.svc, input)),
  records: read.input(listRecordsInput).query(({ ctx, input }) => listRecords(ctx.svc, input)),
  due: read.input(dueMaintenanceInput.optional()).query(({ ctx, input }) => dueMaintenance(ctx.svc, input ?? {})),
  overdue: read.input(overdueMaintenanceInput.optional()).query(({ ctx, input }) => overdueMaintenance(ctx.svc, input ?? {})),
  compliance: read.input(maintenanceComplianceInput).query(({ ctx, input }) => maintenanceCompliance(ctx.svc, input)),
});
