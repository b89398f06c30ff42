import { z } from "zod";
import { assertCan, type ServiceContext } from "../../context";
import { parseInput } from "../validate";
import { addDays, utcToday } from "../calendar";
import { dueListFields, listDueSchedules } from "./due-query";

export const dueMaintenanceInput = z.object({
  ...dueListFields,
  withinDays: z.number().int("must be whole days").min(0, "cannot be negative").max(366, "must be at most 366").default(14),
});

/** Maintenance due today or within the next `withinDays` days, and everything overdue, soonest first. */
export async function dueMaintenance(ctx: ServiceContext, rawInput: z.input<typeof dueMaintenanceInput> = {}) {
  assertCan(ctx, "assets.read");
  const input = parseInput(dueMaintenanceInput, rawInput);
  const today = utcToday();
  return listDueSchedules(ctx, { ...input, today, through: addDays(today, input.withinDays) });
}
