import { and, eq, isNull } from "drizzle-orm";
import { assetTypes } from "../../../db/schema";
import type { AssetKind } from "../../../db/schema/values";
import type { ServiceContext } from "../../context";
import { ConflictError, NotFoundError, pgErrorCode, ValidationError } from "../../errors";
import type { AssetTypeRow } from "./effective-schema";

type RowLock = "update" | "no key update" | "key share";

/** Loads one type of the tenant; an id of another tenant is NOT_FOUND, like one that never existed. */
export async function findAssetTypeOrThrow(ctx: ServiceContext, typeId: string, lock?: RowLock): Promise<AssetTypeRow> {
  const query = ctx.db
    .select()
    .from(assetTypes)
    .where(and(eq(assetTypes.tenant, ctx.tenantId), eq(assetTypes.typeId, typeId)));
  const [row] = await (lock ? query.for(lock) : query);
  if (!row) throw new NotFoundError("Asset type", typeId);
  return row;
}

/**
 * A parent named in input must be a type of this tenant. A missing id and one of another tenant
 * get the same answer, so nothing leaks. The key-share lock keeps a concurrent delete away until
 * this transaction's foreign key is checked.
 */
export async function requireParentType(ctx: ServiceContext, parentTypeId: string): Promise<AssetTypeRow> {
  const [row] = await ctx.db
    .select()
    .from(assetTypes)
    .where(and(eq(assetTypes.tenant, ctx.tenantId), eq(assetTypes.typeId, parentTypeId)))
    .for("key share");
  if (!row) throw ValidationError.field("parentTypeId", "must be an existing asset type");
  return row;
}

/**
 * Serialises the writes to one kind's type tree. Schemas are checked along chains (a child may
 * only tighten its parent), and moves must not close loops; two concurrent writers would each pass
 * on their own snapshot. Every type of a kind hangs under the kind's built-in root, so that row is
 * the lock; "no key update" leaves inserts that merely reference it (key share) unblocked.
 */
export async function lockKindTree(ctx: ServiceContext, kind: AssetKind): Promise<void> {
  await ctx.db
    .select({ typeId: assetTypes.typeId })
    .from(assetTypes)
    .where(and(eq(assetTypes.tenant, ctx.tenantId), eq(assetTypes.kind, kind), isNull(assetTypes.parentTypeId)))
    .for("no key update");
}

/** Every type of one kind: the whole tree a schema change or move can affect. */
export function loadKindTypes(ctx: ServiceContext, kind: AssetKind): Promise<AssetTypeRow[]> {
  return ctx.db
    .select()
    .from(assetTypes)
    .where(and(eq(assetTypes.tenant, ctx.tenantId), eq(assetTypes.kind, kind)));
}

/** Turns a unique violation on the type name into a conflict that names the field. */
export function mapAssetTypeWriteError(error: unknown, name: string): never {
  const { code, constraint } = pgErrorCode(error);
  if (code === "23505" && constraint === "asset_types_name_key") {
    throw new ConflictError(`name: an asset type named "${name}" already exists`, { field: "name" });
  }
  throw error;
}
