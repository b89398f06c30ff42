import { and, asc, eq, isNull } from "drizzle-orm";
import { tenantMemberships, users } from "../../../db/schema";
import type { ServiceContext } from "../../context";
import { ConflictError } from "../../errors";

/**
 * Refuses a change that would leave the tenant without an active admin (nobody could manage members,
 * tokens or flags any more). A disabled admin cannot sign in, so they do not count.
 *
 * The admin memberships are locked FOR UPDATE: two admins demoting each other at the same moment
 * would otherwise each see the other as the one who remains. The second waits, re-reads the rows
 * after the first commits, and finds itself the last admin. Locking in user id order keeps two
 * such transactions from taking the same locks in opposite orders (a deadlock).
 */
export async function assertAnotherAdminRemains(ctx: ServiceContext, userId: string, field: string, message: string) {
  const admins = await ctx.db
    .select({ userId: tenantMemberships.userId })
    .from(tenantMemberships)
    .innerJoin(users, eq(users.userId, tenantMemberships.userId))
    .where(and(eq(tenantMemberships.tenant, ctx.tenantId), eq(tenantMemberships.role, "admin"), isNull(users.disabledAt)))
    .orderBy(asc(tenantMemberships.userId))
    .for("update", { of: tenantMemberships });
  if (!admins.some((a) => a.userId !== userId)) {
    throw new ConflictError(`${field}: ${message}`, { field });
  }
}
