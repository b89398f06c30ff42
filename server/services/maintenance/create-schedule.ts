import type { z } from "zod";
import { assetMaintenanceSchedules } from "../../../db/schema";
import { assertCan, type ServiceContext } from "../../context";
import { diffValues, recordAssetHistory } from "../history/record-history";
import { blankToNull, parseInput } from "../validate";
import { findAssetOrThrow, scheduleSnapshot } from "./maintenance-queries";
import { firstOccurrence } from "./schedule-dates";
import { canonicalConfig, createScheduleInput } from "./schedule-input";

/** Adds a maintenance schedule to an asset; its first date is the rule's first on or after startsOn. */
export async function createSchedule(ctx: ServiceContext, rawInput: z.input<typeof createScheduleInput>) {
  assertCan(ctx, "assets.write");
  const input = blankToNull(parseInput(createScheduleInput, rawInput));
  await findAssetOrThrow(ctx, input.assetId);
  const config = canonicalConfig(input.config);
  const nextMaintenance = firstOccurrence({ ...input, config }, input.startsOn);
  const [row] = await ctx.db
    .insert(assetMaintenanceSchedules)
    .values({ ...input, config, nextMaintenance, tenant: ctx.tenantId })
    .returning();
  await recordAssetHistory(ctx, {
    assetId: row.assetId,
    changeType: "maintenance_scheduled",
    diff: diffValues({}, scheduleSnapshot(row)),
  });
  return row;
}
