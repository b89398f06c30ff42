import { and, count, eq, inArray, notInArray } from "drizzle-orm";
import { assets, assetStatuses, assetStatusTransitions } from "../../../db/schema";
import { assertCan, type ServiceContext } from "../../context";
import { ConflictError } from "../../errors";
import { listStatuses } from "../assets/statuses";
import { recordAudit } from "../audit/record-audit";
import { parseInput } from "../validate";
import { setLifecycleInput, type SetLifecycleInput } from "./settings-input";

/**
 * Replaces the tenant's lifecycle. A status still held by assets cannot be removed (the answer
 * says how many); changed labels, order and moves apply at once. Audited with before and after.
 */
export async function setLifecycle(ctx: ServiceContext, rawInput: SetLifecycleInput) {
  assertCan(ctx, "asset_types.manage");
  const input = parseInput(setLifecycleInput, rawInput);
  const before = await listStatuses(ctx);
  const keep = input.statuses.map((s) => s.statusKey);
  const removed = before.filter((s) => !keep.includes(s.statusKey)).map((s) => s.statusKey);
  if (removed.length) {
    const inUse = await ctx.db
      .select({ status: assets.status, n: count() })
      .from(assets)
      .where(and(eq(assets.tenant, ctx.tenantId), inArray(assets.status, removed)))
      .groupBy(assets.status);
    if (inUse.length) {
      const list = inUse.map((u) => `${u.status} (${u.n} asset${u.n === 1 ? "" : "s"})`).join(", ");
      throw new ConflictError(`statuses: cannot remove statuses still in use: ${list}; move those assets first`, { field: "statuses" });
    }
  }
  // Transitions first (they reference statuses), then the statuses themselves.
  await ctx.db.delete(assetStatusTransitions).where(eq(assetStatusTransitions.tenant, ctx.tenantId));
  if (removed.length) {
    await ctx.db.delete(assetStatuses).where(and(eq(assetStatuses.tenant, ctx.tenantId), notInArray(assetStatuses.statusKey, keep)));
  }
  for (const [position, s] of input.statuses.entries()) {
    const values = { label: s.label, isActive: s.isActive, isInitial: s.isInitial, position: position + 1 };
    await ctx.db
      .insert(assetStatuses)
      .values({ tenant: ctx.tenantId, statusKey: s.statusKey, ...values })
      .onConflictDoUpdate({ target: [assetStatuses.tenant, assetStatuses.statusKey], set: values });
  }
  if (input.transitions.length) {
    await ctx.db
      .insert(assetStatusTransitions)
      .values(input.transitions.map((t) => ({ tenant: ctx.tenantId, fromStatus: t.from, toStatus: t.to })))
      .onConflictDoNothing();
  }
  const after = await listStatuses(ctx);
  await recordAudit(ctx, {
    action: "settings.lifecycle_changed",
    targetType: "lifecycle",
    details: {
      before: before.map((s) => ({ key: s.statusKey, next: s.allowedNext })),
      after: after.map((s) => ({ key: s.statusKey, next: s.allowedNext })),
    },
  });
  return after;
}
