import { and, eq, sql } from "drizzle-orm";
import type { z } from "zod";
import { locations } from "../../../db/schema";
import { assertCan, type ServiceContext } from "../../context";
import { diffFields, recordAudit } from "../audit/record-audit";
import { blankToNull, parseInput } from "../validate";
import { updateLocationInput } from "./location-input";
import { assertValidParent, findLocationOrThrow } from "./location-queries";

/** Renames, edits or moves a location; a move under itself or a descendant is refused. */
export async function updateLocation(ctx: ServiceContext, rawInput: z.input<typeof updateLocationInput>) {
  assertCan(ctx, "companies.write");
  const { locationId, data } = parseInput(updateLocationInput, rawInput);
  // Locked so that a concurrent delete cannot remove the row between this check and the update.
  const before = await findLocationOrThrow(ctx, locationId, "no key update");
  const changes = blankToNull(data);
  if (changes.parentLocationId && changes.parentLocationId !== before.parentLocationId) {
    await assertValidParent(ctx, before, changes.parentLocationId);
  }
  const diff = diffFields(before, changes);
  if (Object.keys(diff).length === 0) return before;
  const [row] = await ctx.db
    .update(locations)
    .set({ ...changes, updatedAt: sql`now()` })
    .where(and(eq(locations.tenant, ctx.tenantId), eq(locations.locationId, locationId)))
    .returning();
  await recordAudit(ctx, {
    action: "location.updated",
    targetType: "location",
    targetId: locationId,
    details: { companyId: before.companyId, diff },
  });
  return row;
}
