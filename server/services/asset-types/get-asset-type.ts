import { and, eq } from "drizzle-orm";
import type { z } from "zod";
import { assetTypes } from "../../../db/schema";
import { assertCan, type ServiceContext } from "../../context";
import { parseInput } from "../validate";
import { getAssetTypeInput } from "./asset-type-input";
import { getEffectiveSchema } from "./effective-schema";

const bySiblingOrder = (x: { name: string }, y: { name: string }) => x.name.localeCompare(y.name, "en", { sensitivity: "base" });

/** One type with its effective schema (inherited fields marked), its ancestors and its direct sub-types. */
export async function getAssetType(ctx: ServiceContext, rawInput: z.input<typeof getAssetTypeInput>) {
  assertCan(ctx, "assets.read");
  const { typeId } = parseInput(getAssetTypeInput, rawInput);
  const effective = await getEffectiveSchema(ctx, typeId);
  const children = await ctx.db
    .select({ typeId: assetTypes.typeId, name: assetTypes.name })
    .from(assetTypes)
    .where(and(eq(assetTypes.tenant, ctx.tenantId), eq(assetTypes.parentTypeId, typeId)));
  return { ...effective, children: children.sort(bySiblingOrder) };
}
