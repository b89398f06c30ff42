import { and, count, eq } from "drizzle-orm";
import { z } from "zod";
import { assetRelationships, relationshipTypes } from "../../../db/schema";
import { assertCan, type ServiceContext } from "../../context";
import { ConflictError, NotFoundError } from "../../errors";
import { diffFields, recordAudit } from "../audit/record-audit";
import { parseInput } from "../validate";

const typeKey = z.string().trim().min(1, "is required").max(50);
const label = z.string().trim().min(1, "is required").max(100, "must be at most 100 characters");

export const updateRelationshipTypeInput = z.object({
  typeKey,
  data: z.object({ label: label.optional(), inverseLabel: label.optional() }).refine((d) => d.label !== undefined || d.inverseLabel !== undefined, "names no field to change"),
});
export const deleteRelationshipTypeInput = z.object({ typeKey });

async function findType(ctx: ServiceContext, key: string) {
  const [row] = await ctx.db
    .select()
    .from(relationshipTypes)
    .where(and(eq(relationshipTypes.tenant, ctx.tenantId), eq(relationshipTypes.typeKey, key)));
  if (!row) throw new NotFoundError("Relationship type", key);
  return row;
}

/**
 * Renames how a type reads ("depends on" / "is needed by"), built-ins included. Its rules (acyclic,
 * impact, hierarchy) are fixed once made: existing edges were checked against them.
 */
export async function updateRelationshipType(ctx: ServiceContext, rawInput: z.input<typeof updateRelationshipTypeInput>) {
  assertCan(ctx, "asset_types.manage");
  const { typeKey: key, data } = parseInput(updateRelationshipTypeInput, rawInput);
  const before = await findType(ctx, key);
  const diff = diffFields(before, data);
  if (Object.keys(diff).length === 0) return before;
  const [row] = await ctx.db
    .update(relationshipTypes)
    .set(data)
    .where(and(eq(relationshipTypes.tenant, ctx.tenantId), eq(relationshipTypes.typeKey, key)))
    .returning();
  await recordAudit(ctx, { action: "relationship_type.updated", targetType: "relationship_type", targetId: key, details: { diff } });
  const { tenant: _tenant, ...type } = row;
  return type;
}

/** Removes a tenant's own type; built-ins and types still used by edges stay (the answer says how many). */
export async function deleteRelationshipType(ctx: ServiceContext, rawInput: z.input<typeof deleteRelationshipTypeInput>) {
  assertCan(ctx, "asset_types.manage");
  const { typeKey: key } = parseInput(deleteRelationshipTypeInput, rawInput);
  const type = await findType(ctx, key);
  if (type.isBuiltin) throw new ConflictError(`typeKey: "${key}" is built in and cannot be deleted`, { field: "typeKey" });
  const [{ n }] = await ctx.db
    .select({ n: count() })
    .from(assetRelationships)
    .where(and(eq(assetRelationships.tenant, ctx.tenantId), eq(assetRelationships.typeKey, key)));
  if (n > 0) throw new ConflictError(`typeKey: "${key}" is used by ${n} relationship(s); delete them first`, { field: "typeKey" });
  await ctx.db.delete(relationshipTypes).where(and(eq(relationshipTypes.tenant, ctx.tenantId), eq(relationshipTypes.typeKey, key)));
  await recordAudit(ctx, { action: "relationship_type.deleted", targetType: "relationship_type", targetId: key, details: { label: type.label } });
  return { typeKey: key, deleted: true };
}
