import type { z } from "zod";
import { relationshipTypes } from "../../../db/schema";
import { assertCan, type ServiceContext } from "../../context";
import { ConflictError } from "../../errors";
import { recordAudit } from "../audit/record-audit";
import { parseInput } from "../validate";
import { createRelationshipTypeInput } from "./relationship-input";

/** Adds a tenant's own relationship type beside the built-ins (admins only). */
export async function createRelationshipType(ctx: ServiceContext, rawInput: z.input<typeof createRelationshipTypeInput>) {
  assertCan(ctx, "asset_types.manage");
  const input = parseInput(createRelationshipTypeInput, rawInput);
  const [row] = await ctx.db
    .insert(relationshipTypes)
    .values({ ...input, tenant: ctx.tenantId, isBuiltin: false })
    .onConflictDoNothing({ target: [relationshipTypes.tenant, relationshipTypes.typeKey] })
    .returning();
  if (!row) throw new ConflictError(`typeKey: a relationship type "${input.typeKey}" already exists`, { field: "typeKey" });
  await recordAudit(ctx, {
    action: "relationship_type.created",
    targetType: "relationship_type",
    targetId: row.typeKey,
    details: { label: row.label, inverseLabel: row.inverseLabel, acyclic: row.acyclic, impactDirection: row.impactDirection, hierarchical: row.hierarchical },
  });
  const { tenant: _tenant, ...type } = row;
  return type;
}
