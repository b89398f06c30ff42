import { z } from "zod";
import { assertCan, type ServiceContext } from "../../context";
import { parseInput } from "../validate";
import { addDays, utcToday } from "../calendar";
import { dueListFields, listDueSchedules } from "./due-query";

export const overdueMaintenanceInput = z.object(dueListFields);

/** Maintenance whose date has passed (next_maintenance before today), most overdue first. */
export async function overdueMaintenance(ctx: ServiceContext, rawInput: z.input<typeof overdueMaintenanceInput> = {}) {
  assertCan(ctx, "assets.read");
  const input = parseInput(overdueMaintenanceInput, rawInput);
  const today = utcToday();
  return listDueSchedules(ctx, { ...input, today, through: addDays(today, -1) });
}
