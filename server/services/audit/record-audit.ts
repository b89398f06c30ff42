import { auditLog } from "../../../db/schema";
import type { ServiceContext } from "../../context";
import { actorId, actorLabel } from "../../context";

export interface AuditEntry {
  action: string;
  targetType?: string;
  targetId?: string;
  details?: Record<string, unknown>;
}

/** Writes one audit row in the caller's transaction, so the event and the change commit together. */
export async function recordAudit(ctx: ServiceContext, entry: AuditEntry): Promise<void> {
  await ctx.db.insert(auditLog).values({
    tenant: ctx.tenantId,
    actorType: ctx.actor.type,
    actorId: ctx.actor.type === "system" ? null : actorId(ctx.actor),
    actorLabel: actorLabel(ctx.actor),
    action: entry.action,
    targetType: entry.targetType,
    targetId: entry.targetId,
    details: entry.details ?? {},
    ip: ctx.ip,
    requestId: ctx.requestId,
  });
}

/** The structured diff `{ field: { from, to } }` of the fields that changed. */
export function diffFields<T extends Record<string, unknown>>(
  before: T,
  after: Partial<T>,
): Record<string, { from: unknown; to: unknown }> {
  const diff: Record<string, { from: unknown; to: unknown }> = {};
  for (const [key, to] of Object.entries(after)) {
    if (to === undefined) continue;
    const from = before[key];
    const same = from instanceof Date && to instanceof Date ? from.getTime() === to.getTime() : from === to;
    if (!same) diff[key] = { from: from ?? null, to: to ?? null };
  }
  return diff;
}
