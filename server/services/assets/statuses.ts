import { and, asc, eq } from "drizzle-orm";
import { assetStatuses, assetStatusTransitions } from "../../../db/schema";
import { assertCan, type ServiceContext } from "../../context";
import { ValidationError } from "../../errors";

/** The tenant's lifecycle: statuses in order, each with the statuses it may move to. */
export async function listStatuses(ctx: ServiceContext) {
  assertCan(ctx, "assets.read");
  const [statuses, transitions] = await Promise.all([
    ctx.db.select().from(assetStatuses).where(eq(assetStatuses.tenant, ctx.tenantId)).orderBy(asc(assetStatuses.position)),
    ctx.db.select().from(assetStatusTransitions).where(eq(assetStatusTransitions.tenant, ctx.tenantId)),
  ]);
  return statuses.map(({ tenant: _tenant, ...s }) => ({
    ...s,
    allowedNext: transitions.filter((t) => t.fromStatus === s.statusKey).map((t) => t.toStatus),
  }));
}

/** The status a new asset gets: the one given (if it exists) or the tenant's initial status. */
export async function resolveInitialStatus(ctx: ServiceContext, requested: string | null | undefined): Promise<string> {
  const statuses = await ctx.db.select().from(assetStatuses).where(eq(assetStatuses.tenant, ctx.tenantId));
  if (requested) {
    if (!statuses.some((s) => s.statusKey === requested)) {
      throw ValidationError.field("status", `"${requested}" is not a status (known: ${statuses.map((s) => s.statusKey).join(", ")})`);
    }
    return requested;
  }
  const initial = statuses.find((s) => s.isInitial) ?? statuses[0];
  if (!initial) throw ValidationError.field("status", "this tenant has no lifecycle statuses");
  return initial.statusKey;
}

/** Refuses a status change the lifecycle does not allow, naming the allowed ones. */
export async function assertTransition(ctx: ServiceContext, from: string, to: string): Promise<void> {
  if (from === to) return;
  const allowed = await ctx.db
    .select({ to: assetStatusTransitions.toStatus })
    .from(assetStatusTransitions)
    .innerJoin(assetStatuses, and(eq(assetStatuses.tenant, assetStatusTransitions.tenant), eq(assetStatuses.statusKey, assetStatusTransitions.toStatus)))
    .where(and(eq(assetStatusTransitions.tenant, ctx.tenantId), eq(assetStatusTransitions.fromStatus, from)))
    .orderBy(asc(assetStatuses.position));
  if (allowed.some((a) => a.to === to)) return;
  const known = await ctx.db
    .select({ key: assetStatuses.statusKey })
    .from(assetStatuses)
    .where(and(eq(assetStatuses.tenant, ctx.tenantId), eq(assetStatuses.statusKey, to)));
  if (known.length === 0) throw ValidationError.field("status", `"${to}" is not a status of this tenant`);
  const options = allowed.map((a) => a.to).join(", ") || "none";
  throw ValidationError.field("status", `cannot change from ${from} to ${to}; allowed from ${from}: ${options}`);
}
