import { and, eq, sql } from "drizzle-orm";
import type { z } from "zod";
import { assetTypes } from "../../../db/schema";
import type { AttributeField } from "../../../db/schema/asset-types";
import { assertCan, type ServiceContext } from "../../context";
import { ValidationError } from "../../errors";
import { diffFields, recordAudit } from "../audit/record-audit";
import { blankToNull, parseInput } from "../validate";
import { updateAssetTypeInput } from "./asset-type-input";
import {
  findAssetTypeOrThrow,
  loadKindTypes,
  lockKindTree,
  mapAssetTypeWriteError,
  requireParentType,
} from "./asset-type-queries";
import type { AssetTypeRow } from "./effective-schema";
import { findInvalidAssets, type InvalidAssetsReport } from "./invalid-assets";
import { checkSubtreeSchemas } from "./subtree-schema";
import { descentPath, TYPE_PATH_SEPARATOR } from "./type-tree";

type Changes = z.output<typeof updateAssetTypeInput>["data"];

/** Built-in roots anchor a kind: their name is what people know and their place is the top. */
function refuseBuiltinChanges(type: AssetTypeRow, changes: Changes) {
  if (changes.name !== undefined && changes.name !== type.name) {
    throw ValidationError.field("name", "a built-in type cannot be renamed");
  }
  if (changes.parentTypeId !== undefined) throw ValidationError.field("parentTypeId", "a built-in type cannot be moved");
}

/** A new parent: a type of this tenant, of the same kind, and neither the type nor one below it. */
async function checkNewParent(ctx: ServiceContext, type: AssetTypeRow, parentTypeId: string, kindTypes: AssetTypeRow[]) {
  const parent = await requireParentType(ctx, parentTypeId);
  if (parent.kind !== type.kind) {
    throw ValidationError.field(
      "parentTypeId",
      `must be a type of the same kind (${type.kind}): "${parent.name}" is ${parent.kind}`,
    );
  }
  const loop = descentPath(type.typeId, parentTypeId, new Map(kindTypes.map((t) => [t.typeId, t])));
  if (loop) {
    throw ValidationError.field("parentTypeId", `would create a loop: ${[...loop, type.name].join(TYPE_PATH_SEPARATOR)}`);
  }
}

/**
 * Renames, describes, re-schemas or moves a type. A schema change or a move changes the effective
 * fields of the type and everything below it: loosening an inherited field anywhere in that subtree
 * is refused; otherwise the change is saved and the assets that no longer validate are reported
 * (they keep their values, so nothing is lost while an admin fixes them).
 */
export async function updateAssetType(ctx: ServiceContext, rawInput: z.input<typeof updateAssetTypeInput>) {
  assertCan(ctx, "asset_types.manage");
  const { typeId, data } = parseInput(updateAssetTypeInput, rawInput);
  const changes = blankToNull(data);
  const before = await findAssetTypeOrThrow(ctx, typeId, "no key update");
  if (before.isBuiltin) refuseBuiltinChanges(before, changes);
  await lockKindTree(ctx, before.kind);
  const moving = changes.parentTypeId !== undefined && changes.parentTypeId !== before.parentTypeId;
  const reschema =
    changes.attributesSchema !== undefined &&
    JSON.stringify(changes.attributesSchema) !== JSON.stringify(before.attributesSchema);
  let fieldsByType = new Map<string, AttributeField[]>();
  if (moving || reschema) {
    const kindTypes = await loadKindTypes(ctx, before.kind);
    if (moving && changes.parentTypeId) await checkNewParent(ctx, before, changes.parentTypeId, kindTypes);
    const after = kindTypes.map((t) =>
      t.typeId === typeId
        ? {
            ...t,
            parentTypeId: changes.parentTypeId ?? t.parentTypeId,
            attributesSchema: changes.attributesSchema ?? t.attributesSchema,
          }
        : t,
    );
    const check = checkSubtreeSchemas(after, typeId, reschema);
    if (check.issues.length > 0) throw new ValidationError(check.issues);
    fieldsByType = check.fieldsByType;
  }
  const { attributesSchema: _schema, ...scalarChanges } = changes;
  const diff: Record<string, { from: unknown; to: unknown }> = diffFields(before, scalarChanges);
  if (reschema) diff.attributesSchema = { from: before.attributesSchema, to: changes.attributesSchema };
  const invalidAssets: InvalidAssetsReport = { count: 0, sample: [] };
  if (Object.keys(diff).length === 0) return { type: before, invalidAssets };
  const [row] = await ctx.db
    .update(assetTypes)
    .set({ ...scalarChanges, ...(reschema ? { attributesSchema: changes.attributesSchema } : {}), updatedAt: sql`now()` })
    .where(and(eq(assetTypes.tenant, ctx.tenantId), eq(assetTypes.typeId, typeId)))
    .returning()
    .catch((error: unknown) => mapAssetTypeWriteError(error, changes.name ?? before.name));
  if (moving || reschema) Object.assign(invalidAssets, await findInvalidAssets(ctx, fieldsByType));
  await recordAudit(ctx, {
    action: "asset_type.updated",
    targetType: "asset_type",
    targetId: typeId,
    details: { name: row.name, diff, invalidAssets: invalidAssets.count },
  });
  return { type: row, invalidAssets };
}
