import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { assetExternalIds } from "../../../db/schema";
import { assertCan, type ServiceContext } from "../../context";
import { NotFoundError } from "../../errors";
import { recordAssetHistory } from "../history/record-history";
import { parseInput } from "../validate";
import { externalIdInput } from "./asset-input";
import { loadAssetDetail } from "./asset-read";
import { assertExternalIdsFree } from "./asset-references";

export const externalIdChangeInput = externalIdInput.extend({ assetId: z.string().uuid("must be an asset id") });

/** Links an asset to its key in an outside system (RMM device id, PSA configuration id). */
export async function addExternalId(ctx: ServiceContext, rawInput: z.input<typeof externalIdChangeInput>) {
  assertCan(ctx, "assets.write");
  const { assetId, source, externalId } = parseInput(externalIdChangeInput, rawInput);
  await loadAssetDetail(ctx, assetId);
  await assertExternalIdsFree(ctx, [{ source, externalId }], assetId);
  const added = await ctx.db.insert(assetExternalIds).values({ tenant: ctx.tenantId, assetId, source, externalId }).onConflictDoNothing().returning();
  // Adding a key the asset already has changes nothing, so it leaves no history either.
  if (added.length) {
    await recordAssetHistory(ctx, { assetId, changeType: "external_id_added", diff: { [`externalIds.${source}`]: { from: null, to: externalId } } });
  }
  return loadAssetDetail(ctx, assetId);
}

export async function removeExternalId(ctx: ServiceContext, rawInput: z.input<typeof externalIdChangeInput>) {
  assertCan(ctx, "assets.write");
  const { assetId, source, externalId } = parseInput(externalIdChangeInput, rawInput);
  const removed = await ctx.db
    .delete(assetExternalIds)
    .where(and(eq(assetExternalIds.tenant, ctx.tenantId), eq(assetExternalIds.assetId, assetId), eq(assetExternalIds.source, source), eq(assetExternalIds.externalId, externalId)))
    .returning();
  if (removed.length === 0) throw new NotFoundError(`External id ${source}:${externalId} of asset`, assetId);
  await recordAssetHistory(ctx, { assetId, changeType: "external_id_removed", diff: { [`externalIds.${source}`]: { from: externalId, to: null } } });
  return loadAssetDetail(ctx, assetId);
}
