import type { z } from "zod";
import { assertCan, type ServiceContext } from "../../context";
import { ConflictError, NotFoundError } from "../../errors";
import { parseInput } from "../validate";
import { explainRefusal, insertEdge, readTypeAndLock } from "./cycle-check";
import { recordRelationshipHistory } from "./relationship-history";
import { createRelationshipInput } from "./relationship-input";
import { findAssetSummaries, unknownTypeError } from "./relationship-queries";

/**
 * Adds an edge "<parent> <label> <child>" between two assets of the tenant. Acyclic types refuse
 * an edge that would close a cycle, checked under a per-tenant, per-type lock in this transaction.
 * Both assets get a history row; the answer carries both assets' summaries.
 */
export async function createRelationship(ctx: ServiceContext, rawInput: z.input<typeof createRelationshipInput>) {
  assertCan(ctx, "assets.write");
  const input = parseInput(createRelationshipInput, rawInput);
  // Independent reads go out together: postgres.js pipelines them on the transaction's connection.
  const [type, found] = await Promise.all([
    readTypeAndLock(ctx, input.relationshipType),
    findAssetSummaries(ctx, [input.parentAssetId, input.childAssetId], true),
  ]);
  if (!type) throw await unknownTypeError(ctx, input.relationshipType);
  const parent = found.get(input.parentAssetId);
  const child = found.get(input.childAssetId);
  if (!parent) throw new NotFoundError("Asset", input.parentAssetId);
  if (!child) throw new NotFoundError("Asset", input.childAssetId);

  const values = { typeKey: type.typeKey, parentAssetId: parent.assetId, childAssetId: child.assetId, notes: input.notes || null };
  const edge = await insertEdge(ctx, values, type);
  if (!edge) {
    if (type.acyclic) await explainRefusal(ctx, values, type);
    throw new ConflictError(`relationshipType: "${parent.name}" already ${type.label} "${child.name}"`, {
      field: "relationshipType",
    });
  }
  await recordRelationshipHistory(ctx, "relationship_added", { typeKey: type.typeKey, parent, child });
  return {
    relationshipId: edge.relationshipId,
    typeKey: type.typeKey,
    label: type.label,
    inverseLabel: type.inverseLabel,
    notes: edge.notes,
    createdAt: edge.createdAt,
    parent,
    child,
  };
}
