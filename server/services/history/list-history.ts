import { and, desc, eq, lt, or, type SQL } from "drizzle-orm";
import type { z } from "zod";
import { assetHistory } from "../../../db/schema";
import { assertCan, type ServiceContext } from "../../context";
import { NotFoundError } from "../../errors";
import { assetIdsExist } from "../assets/asset-read";
import { decodeCursor, encodeCursor } from "../cursor";
import { parseInput } from "../validate";
import { historyForAssetInput } from "./history-input";

/** An asset's change history, newest first, keyset-paged. It outlives the asset itself. */
export async function historyForAsset(ctx: ServiceContext, rawInput: z.input<typeof historyForAssetInput>) {
  assertCan(ctx, "assets.read");
  const input = parseInput(historyForAssetInput, rawInput);
  const where: SQL[] = [eq(assetHistory.tenant, ctx.tenantId), eq(assetHistory.assetId, input.assetId)];
  if (input.sourceRef) where.push(eq(assetHistory.sourceRef, input.sourceRef));
  const after = decodeCursor(input.cursor, { at: "date", id: "string" });
  if (after) where.push(or(lt(assetHistory.at, after.at), and(eq(assetHistory.at, after.at), lt(assetHistory.historyId, after.id)))!);
  const rows = await ctx.db
    .select()
    .from(assetHistory)
    .where(and(...where))
    .orderBy(desc(assetHistory.at), desc(assetHistory.historyId))
    .limit(input.limit + 1);
  if (rows.length === 0 && !after && !(await assetIdsExist(ctx, [input.assetId])).size) {
    throw new NotFoundError("Asset", input.assetId);
  }
  const items = rows.slice(0, input.limit).map(({ tenant: _tenant, ...r }) => r);
  const last = items[items.length - 1];
  return { items, nextCursor: rows.length > input.limit && last ? encodeCursor({ at: last.at, id: last.historyId }) : null };
}
