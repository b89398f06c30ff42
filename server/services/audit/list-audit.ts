import { and, desc, eq, lt, or, type SQL } from "drizzle-orm";
import { z } from "zod";
import { auditLog } from "../../../db/schema";
import { assertCan, type ServiceContext } from "../../context";
import { decodeCursor, encodeCursor } from "../cursor";

export const listAuditInput = z.object({
  action: z.string().trim().max(100).optional(),
  cursor: z.string().max(200).nullish(),
  limit: z.number().int().min(1).max(200).default(50),
});
export type ListAuditInput = z.input<typeof listAuditInput>;

/** The tenant's audit log, newest first, keyset-paged on (at, id). */
export async function listAudit(ctx: ServiceContext, rawInput: ListAuditInput) {
  assertCan(ctx, "audit.read");
  const input = listAuditInput.parse(rawInput);
  const conditions: SQL[] = [eq(auditLog.tenant, ctx.tenantId)];
  if (input.action) conditions.push(eq(auditLog.action, input.action));
  const after = decodeCursor(input.cursor, { at: "date", id: "string" });
  if (after) {
    conditions.push(or(lt(auditLog.at, after.at), and(eq(auditLog.at, after.at), lt(auditLog.auditId, after.id)))!);
  }
  const rows = await ctx.db
    .select()
    .from(auditLog)
    .where(and(...conditions))
    .orderBy(desc(auditLog.at), desc(auditLog.auditId))
    .limit(input.limit + 1);
  const page = rows.slice(0, input.limit);
  const last = page[page.length - 1];
  return {
    items: page,
    nextCursor: rows.length > input.limit && last ? encodeCursor({ at: last.at, id: last.auditId }) : null,
  };
}
