import { and, count, eq } from "drizzle-orm";
import type { z } from "zod";
import { assets, assetTypes } from "../../../db/schema";
import { assertCan, type ServiceContext } from "../../context";
import { ConflictError, pgErrorCode } from "../../errors";
import { recordAudit } from "../audit/record-audit";
import { parseInput } from "../validate";
import { deleteAssetTypeInput } from "./asset-type-input";
import { findAssetTypeOrThrow, lockKindTree } from "./asset-type-queries";

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * Deletes a custom type that nothing uses. The row lock makes concurrent writers that reference
 * the type (a new asset or sub-type, which take a key-share lock through their foreign key) wait,
 * then fail on the missing row instead of slipping in between the counts and the delete.
 */
export async function deleteAssetType(ctx: ServiceContext, rawInput: z.input<typeof deleteAssetTypeInput>) {
  assertCan(ctx, "asset_types.manage");
  const { typeId } = parseInput(deleteAssetTypeInput, rawInput);
  const type = await findAssetTypeOrThrow(ctx, typeId, "update");
  if (type.isBuiltin) throw new ConflictError(`"${type.name}" is a built-in type and cannot be deleted`);
  await lockKindTree(ctx, type.kind);
  const [[{ n: subTypes }], [{ n: assetCount }]] = await Promise.all([
    ctx.db
      .select({ n: count() })
      .from(assetTypes)
      .where(and(eq(assetTypes.tenant, ctx.tenantId), eq(assetTypes.parentTypeId, typeId))),
    ctx.db
      .select({ n: count() })
      .from(assets)
      .where(and(eq(assets.tenant, ctx.tenantId), eq(assets.typeId, typeId))),
  ]);
  if (subTypes > 0) {
    throw new ConflictError(`"${type.name}" has ${plural(subTypes, "sub-type", "sub-types")}; move or delete them first`, {
      subTypes,
    });
  }
  if (assetCount > 0) {
    throw new ConflictError(
      `"${type.name}" has ${plural(assetCount, "asset", "assets")}; change their type or delete them first`,
      { assets: assetCount },
    );
  }
  await ctx.db
    .delete(assetTypes)
    .where(and(eq(assetTypes.tenant, ctx.tenantId), eq(assetTypes.typeId, typeId)))
    .catch((error: unknown) => {
      // A reference committed by a writer that held its lock first still stops the delete.
      if (pgErrorCode(error).code === "23503") throw new ConflictError(`"${type.name}" is still in use`);
      throw error;
    });
  await recordAudit(ctx, {
    action: "asset_type.deleted",
    targetType: "asset_type",
    targetId: typeId,
    details: { name: type.name, kind: type.kind, parentTypeId: type.parentTypeId },
  });
  return { typeId };
}
