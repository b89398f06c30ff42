import type { z } from "zod";
import { locations } from "../../../db/schema";
import { assertCan, type ServiceContext } from "../../context";
import { recordAudit } from "../audit/record-audit";
import { findCompanyOrThrow } from "../companies/get-company";
import { blankToNull, parseInput } from "../validate";
import { createLocationInput } from "./location-input";
import { requireCompanyLocation } from "./location-queries";

export async function createLocation(ctx: ServiceContext, rawInput: z.input<typeof createLocationInput>) {
  assertCan(ctx, "companies.write");
  const input = blankToNull(parseInput(createLocationInput, rawInput));
  await findCompanyOrThrow(ctx, input.companyId);
  // A new leaf cannot close a loop, so only the parent's company is checked (no tree lock).
  if (input.parentLocationId) {
    await requireCompanyLocation(ctx, input.companyId, input.parentLocationId, "parentLocationId");
  }
  const [row] = await ctx.db
    .insert(locations)
    .values({ ...input, tenant: ctx.tenantId })
    .returning();
  await recordAudit(ctx, {
    action: "location.created",
    targetType: "location",
    targetId: row.locationId,
    details: { companyId: row.companyId, name: row.name, kind: row.kind, parentLocationId: row.parentLocationId },
  });
  return row;
}
