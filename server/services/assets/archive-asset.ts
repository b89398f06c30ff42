import { and, eq, sql } from "drizzle-orm";
import { z } from "zod";
import { assets } from "../../../db/schema";
import { assertCan, type ServiceContext } from "../../context";
import { recordAssetHistory } from "../history/record-history";
import { parseInput } from "../validate";
import { loadAssetDetail } from "./asset-read";

export const archiveAssetInput = z.object({ assetId: z.string().uuid("must be an asset id"), archived: z.boolean().default(true) });

/** Archives (or restores) an asset: it leaves the default lists but keeps its data and history. */
export async function archiveAsset(ctx: ServiceContext, rawInput: z.input<typeof archiveAssetInput>) {
  assertCan(ctx, "assets.write");
  const { assetId, archived } = parseInput(archiveAssetInput, rawInput);
  const before = await loadAssetDetail(ctx, assetId);
  if (Boolean(before.archivedAt) === archived) return before;
  const [row] = await ctx.db
    .update(assets)
    .set({ archivedAt: archived ? sql`now()` : null, updatedAt: sql`now()` })
    .where(and(eq(assets.tenant, ctx.tenantId), eq(assets.assetId, assetId)))
    .returning({ archivedAt: assets.archivedAt });
  await recordAssetHistory(ctx, {
    assetId,
    changeType: archived ? "archived" : "restored",
    diff: { archivedAt: { from: before.archivedAt?.toISOString() ?? null, to: row.archivedAt?.toISOString() ?? null } },
  });
  return loadAssetDetail(ctx, assetId);
}
