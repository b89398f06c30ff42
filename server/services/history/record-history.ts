import { assetHistory } from "../../../db/schema";
import type { ChangeSource } from "../../../db/schema/values";
import { actorId, actorLabel, type ServiceContext } from "../../context";

export type FieldDiff = Record<string, { from: unknown; to: unknown }>;

export type AssetChangeType =
  | "created"
  | "updated"
  | "status_changed"
  | "archived"
  | "restored"
  | "deleted"
  | "relationship_added"
  | "relationship_removed"
  | "maintenance_scheduled"
  | "maintenance_schedule_changed"
  | "maintenance_schedule_removed"
  | "maintenance_performed"
  | "external_id_added"
  | "external_id_removed";

export interface HistoryEntry {
  assetId: string;
  changeType: AssetChangeType;
  diff?: FieldDiff;
}

/** The source of a change: the context's, else the API for tokens and the workspace for people. */
export function sourceOf(ctx: ServiceContext): { kind: ChangeSource; ref?: string } {
  if (ctx.source) return ctx.source;
  if (ctx.actor.type === "token") return { kind: "api" };
  if (ctx.actor.type === "system") return { kind: "system" };
  return { kind: "ui" };
}

/**
 * Writes asset history rows in the caller's transaction (one multi-row insert for many entries), so
 * a change and its history commit or roll back together.
 */
export async function recordAssetHistory(ctx: ServiceContext, entries: HistoryEntry | HistoryEntry[]): Promise<void> {
  const list = Array.isArray(entries) ? entries : [entries];
  if (list.length === 0) return;
  const source = sourceOf(ctx);
  const actor = { actorType: ctx.actor.type, actorId: ctx.actor.type === "system" ? null : actorId(ctx.actor), actorLabel: actorLabel(ctx.actor) };
  await ctx.db.insert(assetHistory).values(
    list.map((e) => ({
      tenant: ctx.tenantId,
      assetId: e.assetId,
      changeType: e.changeType,
      diff: e.diff ?? {},
      source: source.kind,
      sourceRef: source.ref ?? null,
      ...actor,
    })),
  );
}

/** JSON-comparable form of a value, so dates, numbers-as-strings and arrays diff correctly. */
function comparable(value: unknown): string {
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  return JSON.stringify(value ?? null);
}

/** `{ field: { from, to } }` for the fields of `after` whose value differs from `before`. */
export function diffValues(before: Record<string, unknown>, after: Record<string, unknown>, prefix = ""): FieldDiff {
  const diff: FieldDiff = {};
  for (const [key, to] of Object.entries(after)) {
    if (to === undefined) continue;
    const from = before[key];
    if (comparable(from) !== comparable(to)) {
      diff[`${prefix}${key}`] = { from: from instanceof Date ? from.toISOString() : (from ?? null), to: to instanceof Date ? to.toISOString() : (to ?? null) };
    }
  }
  return diff;
}
