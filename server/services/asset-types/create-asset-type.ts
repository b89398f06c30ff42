import type { z } from "zod";
import { assetTypes } from "../../../db/schema";
import { assertCan, type ServiceContext } from "../../context";
import { recordAudit } from "../audit/record-audit";
import { blankToNull, parseInput } from "../validate";
import { createAssetTypeInput } from "./asset-type-input";
import { lockKindTree, mapAssetTypeWriteError, requireParentType } from "./asset-type-queries";
import { loadTypeChain, mergeSchemas } from "./effective-schema";

/**
 * Creates a custom type under an existing one (built-in or custom); it takes its kind from the
 * parent. Its own fields may add to the inherited ones or tighten them, never loosen them.
 */
export async function createAssetType(ctx: ServiceContext, rawInput: z.input<typeof createAssetTypeInput>) {
  assertCan(ctx, "asset_types.manage");
  const input = blankToNull(parseInput(createAssetTypeInput, rawInput));
  const parent = await requireParentType(ctx, input.parentTypeId);
  await lockKindTree(ctx, parent.kind);
  // Read after the lock, so the parent chain cannot change before this type is written.
  const chain = await loadTypeChain(ctx, parent.typeId);
  mergeSchemas([...chain.map((t) => t.attributesSchema), input.attributesSchema], [...chain.map((t) => t.name), input.name]);
  const [row] = await ctx.db
    .insert(assetTypes)
    .values({
      tenant: ctx.tenantId,
      parentTypeId: parent.typeId,
      name: input.name,
      kind: parent.kind,
      description: input.description ?? null,
      attributesSchema: input.attributesSchema,
    })
    .returning()
    .catch((error: unknown) => mapAssetTypeWriteError(error, input.name));
  await recordAudit(ctx, {
    action: "asset_type.created",
    targetType: "asset_type",
    targetId: row.typeId,
    details: { name: row.name, kind: row.kind, parentTypeId: row.parentTypeId, fields: row.attributesSchema.map((f) => f.key) },
  });
  return row;
}
