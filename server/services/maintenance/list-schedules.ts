import { and, asc, desc, eq } from "drizzle-orm";
import type { z } from "zod";
import { assetMaintenanceSchedules as schedules } from "../../../db/schema";
import { assertCan, type ServiceContext } from "../../context";
import { parseInput } from "../validate";
import { findAssetOrThrow } from "./maintenance-queries";
import { assetIdInput } from "./schedule-input";

/** An asset's schedules: active ones first, soonest due first. */
export async function listSchedules(ctx: ServiceContext, rawInput: z.input<typeof assetIdInput>) {
  assertCan(ctx, "assets.read");
  const { assetId } = parseInput(assetIdInput, rawInput);
  await findAssetOrThrow(ctx, assetId);
  return ctx.db
    .select()
    .from(schedules)
    .where(and(eq(schedules.tenant, ctx.tenantId), eq(schedules.assetId, assetId)))
    .orderBy(desc(schedules.active), asc(schedules.nextMaintenance), asc(schedules.scheduleId));
}
