import type { z } from "zod";
import { assertCan, type ServiceContext } from "../../context";
import { parseInput } from "../validate";
import { assetIdInput } from "./asset-input";
import { loadAssetDetail } from "./asset-read";

/** One asset: core, extension and attributes in one shape, with type, company and location names. */
export async function getAsset(ctx: ServiceContext, rawInput: z.input<typeof assetIdInput>) {
  assertCan(ctx, "assets.read");
  const { assetId } = parseInput(assetIdInput, rawInput);
  return loadAssetDetail(ctx, assetId);
}
