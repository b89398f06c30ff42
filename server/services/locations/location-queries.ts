import { and, eq, sql } from "drizzle-orm";
import { queryRows } from "../../../db/rows";
import { companies, locations } from "../../../db/schema";
import type { ServiceContext } from "../../context";
import { NotFoundError, ValidationError } from "../../errors";
import { descentPath, PATH_SEPARATOR, type TreeRow } from "./location-tree";

type RowLock = "update" | "no key update" | "key share";

/** Loads one location of the tenant; an id of another tenant is NOT_FOUND, like one that never existed. */
export async function findLocationOrThrow(ctx: ServiceContext, locationId: string, lock?: RowLock) {
  const query = ctx.db
    .select()
    .from(locations)
    .where(and(eq(locations.tenant, ctx.tenantId), eq(locations.locationId, locationId)));
  const [row] = await (lock ? query.for(lock) : query);
  if (!row) throw new NotFoundError("Location", locationId);
  return row;
}

/**
 * A location referenced from input (a parent, a contact's place) must belong to the same company.
 * A missing id and one of another company or tenant get the same answer, so nothing leaks. The
 * key-share lock keeps a concurrent deleteLocation (which locks the row for update) from removing
 * it before this transaction's foreign key is checked.
 */
export async function requireCompanyLocation(
  ctx: ServiceContext,
  companyId: string,
  locationId: string,
  field: string,
) {
  const [row] = await ctx.db
    .select()
    .from(locations)
    .where(
      and(eq(locations.tenant, ctx.tenantId), eq(locations.companyId, companyId), eq(locations.locationId, locationId)),
    )
    .for("key share");
  if (!row) throw ValidationError.field(field, "must be a location of the same company");
  return row;
}

/**
 * Serialises the writes that guard a company-wide rule no index can express: the location tree
 * has no loops (two concurrent moves, A under B and B under A, would each pass the check on their
 * own snapshot and together close one) and a company has one primary contact. The company row is
 * the lock; "no key update" leaves inserts that merely reference the company (key share) unblocked.
 */
export async function lockCompanyRow(ctx: ServiceContext, companyId: string): Promise<void> {
  await ctx.db
    .select({ companyId: companies.companyId })
    .from(companies)
    .where(and(eq(companies.tenant, ctx.tenantId), eq(companies.companyId, companyId)))
    .for("no key update");
}

/**
 * The location and all its ancestors in one recursive query. UNION (not UNION ALL) drops repeated
 * rows, so even corrupt data with a cycle cannot make the walk run forever.
 */
export async function ancestorsOf(ctx: ServiceContext, locationId: string): Promise<Map<string, TreeRow>> {
  const rows = await queryRows<{ locationId: string; parentLocationId: string | null; name: string }>(
    ctx.db,
    sql`with recursive up (location_id, parent_location_id, name) as (
          select location_id, parent_location_id, name from locations
           where tenant = ${ctx.tenantId} and location_id = ${locationId}
          union
          select l.location_id, l.parent_location_id, l.name
            from locations l join up on l.location_id = up.parent_location_id
           where l.tenant = ${ctx.tenantId}
        )
        select location_id as "locationId", parent_location_id as "parentLocationId", name from up`,
  );
  return new Map(rows.map((r) => [r.locationId, r]));
}

/**
 * Checks a new parent for a location that is being moved: same company, and not the location
 * itself or one of its descendants. Call inside the transaction that writes the move.
 */
export async function assertValidParent(
  ctx: ServiceContext,
  location: { locationId: string; companyId: string },
  parentLocationId: string,
): Promise<void> {
  await lockCompanyRow(ctx, location.companyId);
  await requireCompanyLocation(ctx, location.companyId, parentLocationId, "parentLocationId");
  const loop = descentPath(location.locationId, parentLocationId, await ancestorsOf(ctx, parentLocationId));
  if (loop) throw ValidationError.field("parentLocationId", `would create a loop: ${loop.join(PATH_SEPARATOR)}`);
}
