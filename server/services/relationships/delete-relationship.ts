import { and, eq } from "drizzle-orm";
import type { z } from "zod";
import { assetRelationships } from "../../../db/schema";
import { assertCan, type ServiceContext } from "../../context";
import { NotFoundError } from "../../errors";
import { parseInput } from "../validate";
import { recordRelationshipHistory } from "./relationship-history";
import { deleteRelationshipInput } from "./relationship-input";
import { findAssetSummaries } from "./relationship-queries";

/** Removes one edge; both assets get a history row naming the other. */
export async function deleteRelationship(ctx: ServiceContext, rawInput: z.input<typeof deleteRelationshipInput>) {
  assertCan(ctx, "assets.write");
  const { relationshipId } = parseInput(deleteRelationshipInput, rawInput);
  const [edge] = await ctx.db
    .delete(assetRelationships)
    .where(and(eq(assetRelationships.tenant, ctx.tenantId), eq(assetRelationships.relationshipId, relationshipId)))
    .returning();
  if (!edge) throw new NotFoundError("Relationship", relationshipId);
  const found = await findAssetSummaries(ctx, [edge.parentAssetId, edge.childAssetId]);
  // Edges cascade away with their assets, so both ends exist while the edge did.
  const end = (assetId: string) => ({ assetId, name: found.get(assetId)?.name ?? assetId });
  const parent = end(edge.parentAssetId);
  const child = end(edge.childAssetId);
  await recordRelationshipHistory(ctx, "relationship_removed", { typeKey: edge.typeKey, parent, child });
  return { relationshipId, typeKey: edge.typeKey, parent, child };
}
