import { and, desc, eq, lt, or, type SQL } from "drizzle-orm";
import { z } from "zod";
import { assetMaintenanceRecords as records } from "../../../db/schema";
import { assertCan, type ServiceContext } from "../../context";
import { ValidationError } from "../../errors";
import { decodeCursor, encodeCursor } from "../cursor";
import { parseInput } from "../validate";
import { findAssetOrThrow } from "./maintenance-queries";
import { idOf } from "./schedule-input";

export const listRecordsInput = z.object({
  assetId: idOf("an asset"),
  cursor: z.string().max(500).nullish(),
  limit: z.number().int().min(1).max(200).default(50),
});

/**
 * An asset's service history, newest first, keyset-paged on (performed_at, record_id) along the
 * (tenant, asset_id, performed_at desc) index. performed_at is written from JS Dates (milliseconds),
 * so the cursor's ISO time compares exactly.
 */
export async function listRecords(ctx: ServiceContext, rawInput: z.input<typeof listRecordsInput>) {
  assertCan(ctx, "assets.read");
  const input = parseInput(listRecordsInput, rawInput);
  await findAssetOrThrow(ctx, input.assetId);
  const where: SQL[] = [eq(records.tenant, ctx.tenantId), eq(records.assetId, input.assetId)];
  const after = decodeCursor(input.cursor, { at: "date", id: "string" });
  if (after && !z.string().uuid().safeParse(after.id).success) {
    throw ValidationError.field("cursor", "is not a cursor this list issued; start again from the first page");
  }
  if (after) {
    where.push(or(lt(records.performedAt, after.at), and(eq(records.performedAt, after.at), lt(records.recordId, after.id)))!);
  }
  const rows = await ctx.db
    .select()
    .from(records)
    .where(and(...where))
    .orderBy(desc(records.performedAt), desc(records.recordId))
    .limit(input.limit + 1);
  const items = rows.slice(0, input.limit);
  const last = items[items.length - 1];
  return {
    items,
    nextCursor: rows.length > input.limit && last ? encodeCursor({ at: last.performedAt, id: last.recordId }) : null,
  };
}
