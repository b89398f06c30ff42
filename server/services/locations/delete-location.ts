import { and, count, eq, sql } from "drizzle-orm";
import type { z } from "zod";
import { contacts, locations } from "../../../db/schema";
import { assertCan, type ServiceContext } from "../../context";
import { ConflictError } from "../../errors";
import { recordAudit } from "../audit/record-audit";
import { parseInput } from "../validate";
import { deleteLocationInput } from "./location-input";
import { findLocationOrThrow } from "./location-queries";

/**
 * Deletes a leaf location. Contacts that were placed there stay, without a location, in the same
 * transaction. The row lock makes concurrent writers that reference this location (a new child, a
 * move under it, a contact placed there) wait, then see it gone.
 */
export async function deleteLocation(ctx: ServiceContext, rawInput: z.input<typeof deleteLocationInput>) {
  assertCan(ctx, "companies.write");
  const { locationId } = parseInput(deleteLocationInput, rawInput);
  const location = await findLocationOrThrow(ctx, locationId, "update");
  const [{ n: subLocations }] = await ctx.db
    .select({ n: count() })
    .from(locations)
    .where(and(eq(locations.tenant, ctx.tenantId), eq(locations.parentLocationId, locationId)));
  if (subLocations > 0) {
    const noun = subLocations === 1 ? "sub-location" : "sub-locations";
    throw new ConflictError(`"${location.name}" has ${subLocations} ${noun}; move or delete them first`, {
      subLocations,
    });
  }
  const detached = await ctx.db
    .update(contacts)
    .set({ locationId: null, updatedAt: sql`now()` })
    .where(and(eq(contacts.tenant, ctx.tenantId), eq(contacts.locationId, locationId)))
    .returning({ contactId: contacts.contactId });
  await ctx.db.delete(locations).where(and(eq(locations.tenant, ctx.tenantId), eq(locations.locationId, locationId)));
  const detachedContactIds = detached.map((c) => c.contactId);
  await recordAudit(ctx, {
    action: "location.deleted",
    targetType: "location",
    targetId: locationId,
    details: { companyId: location.companyId, name: location.name, detachedContactIds },
  });
  return { locationId, detachedContacts: detachedContactIds.length };
}
