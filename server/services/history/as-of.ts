import { and, asc, eq, lte } from "drizzle-orm";
import type { z } from "zod";
import { assetHistory } from "../../../db/schema";
import { assertCan, type ServiceContext } from "../../context";
import { NotFoundError } from "../../errors";
import { parseInput } from "../validate";
import { historyAsOfInput } from "./history-input";

/** Change types whose diff is the asset's own fields (relationships and maintenance live elsewhere). */
const STATE_CHANGES = new Set(["created", "updated", "status_changed", "archived", "restored"]);

export interface AssetAsOf {
  assetId: string;
  at: Date;
  /** false when the asset had been deleted by then. */
  exists: boolean;
  core: Record<string, unknown>;
  extension: Record<string, unknown>;
  attributes: Record<string, unknown>;
  externalIds: { source: string; externalId: string }[];
  /** The last change applied, i.e. the state is as of this row. */
  lastChange: { at: Date; changeType: string; actorLabel: string } | null;
}

/**
 * The asset as it was at a moment, rebuilt by replaying its history forward: the "created" row
 * holds every value set, each later row the fields it changed (`extension.*`, `attributes.*`).
 */
export async function assetAsOf(ctx: ServiceContext, rawInput: z.input<typeof historyAsOfInput>): Promise<AssetAsOf> {
  assertCan(ctx, "assets.read");
  const { assetId, at } = parseInput(historyAsOfInput, rawInput);
  const rows = await ctx.db
    .select()
    .from(assetHistory)
    .where(and(eq(assetHistory.tenant, ctx.tenantId), eq(assetHistory.assetId, assetId), lte(assetHistory.at, at)))
    .orderBy(asc(assetHistory.at), asc(assetHistory.historyId));
  if (!rows.some((r) => r.changeType === "created")) {
    throw new NotFoundError(`Asset ${assetId} as of ${at.toISOString()}`);
  }
  const state = { core: {} as Record<string, unknown>, extension: {} as Record<string, unknown>, attributes: {} as Record<string, unknown> };
  let exists = true;
  // External ids: the created row's list, then each external_id_added / _removed row.
  const externalIds = new Map<string, { source: string; externalId: string }>();
  const keyOf = (source: string, externalId: unknown) => `${source}\u0000${String(externalId)}`;
  for (const row of rows) {
    // A deleted asset keeps its last values in the answer, marked as no longer existing.
    if (row.changeType === "deleted") exists = false;
    if (row.changeType === "external_id_added" || row.changeType === "external_id_removed") {
      for (const [field, change] of Object.entries(row.diff)) {
        const source = field.replace(/^externalIds\./, "");
        if (change.to != null) externalIds.set(keyOf(source, change.to), { source, externalId: String(change.to) });
        else externalIds.delete(keyOf(source, change.from));
      }
      continue;
    }
    if (!STATE_CHANGES.has(row.changeType)) continue;
    const created = row.changeType === "created" ? (row.diff.externalIds?.to as { source: string; externalId: string }[] | undefined) : undefined;
    for (const e of created ?? []) externalIds.set(keyOf(e.source, e.externalId), e);
    for (const [field, change] of Object.entries(row.diff)) {
      if (field === "externalIds") continue;
      const [bucket, key] = field.startsWith("extension.")
        ? [state.extension, field.slice(10)]
        : field.startsWith("attributes.")
          ? [state.attributes, field.slice(11)]
          : [state.core, field];
      if (change.to === null || change.to === undefined) delete bucket[key];
      else bucket[key] = change.to;
    }
  }
  const last = rows[rows.length - 1];
  return { assetId, at, exists, ...state, externalIds: [...externalIds.values()], lastChange: { at: last.at, changeType: last.changeType, actorLabel: last.actorLabel } };
}
