import { and, asc, eq, gt, inArray, type SQL } from "drizzle-orm";
import { assets } from "../../../db/schema";
import type { AttributeField } from "../../../db/schema/asset-types";
import type { ServiceContext } from "../../context";
import { ValidationError, type FieldIssue } from "../../errors";
import { validateAttributes } from "./validate-attributes";

export const INVALID_SAMPLE_SIZE = 20;
const BATCH = 1_000;

export interface InvalidAssetsReport {
  count: number;
  /** Up to 20 of them, by name, with what is wrong with each. */
  sample: { assetId: string; name: string; errors: FieldIssue[] }[];
}

/**
 * Counts the assets whose stored attributes do not pass their type's (new) effective fields. The
 * assets are read in keyset batches on the type index, so a type with many assets never sits in
 * memory at once. Nothing is changed: the report tells an admin what to fix.
 */
export async function findInvalidAssets(
  ctx: ServiceContext,
  fieldsByType: ReadonlyMap<string, readonly AttributeField[]>,
): Promise<InvalidAssetsReport> {
  const report: InvalidAssetsReport = { count: 0, sample: [] };
  const typeIds = [...fieldsByType.keys()];
  if (typeIds.length === 0) return report;
  let after: string | null = null;
  for (;;) {
    const where: SQL[] = [eq(assets.tenant, ctx.tenantId), inArray(assets.typeId, typeIds)];
    if (after) where.push(gt(assets.assetId, after));
    const batch = await ctx.db
      .select({ assetId: assets.assetId, name: assets.name, typeId: assets.typeId, attributes: assets.attributes })
      .from(assets)
      .where(and(...where))
      .orderBy(asc(assets.assetId))
      .limit(BATCH);
    for (const asset of batch) {
      const errors = attributeErrors(fieldsByType.get(asset.typeId) ?? [], asset.attributes);
      if (!errors) continue;
      report.count++;
      report.sample.push({ assetId: asset.assetId, name: asset.name, errors });
      // Keep the alphabetically first ones without holding every invalid asset.
      if (report.sample.length > INVALID_SAMPLE_SIZE * 2) trimSample(report);
    }
    if (batch.length < BATCH) break;
    after = batch[batch.length - 1].assetId;
  }
  trimSample(report);
  return report;
}

function attributeErrors(fields: readonly AttributeField[], values: unknown): FieldIssue[] | null {
  try {
    validateAttributes(fields, values);
    return null;
  } catch (error) {
    if (error instanceof ValidationError) return error.issues;
    throw error;
  }
}

function trimSample(report: InvalidAssetsReport) {
  report.sample.sort((x, y) => x.name.localeCompare(y.name, "en", { sensitivity: "base" }) || (x.assetId < y.assetId ? -1 : 1));
  report.sample.length = Math.min(report.sample.length, INVALID_SAMPLE_SIZE);
}
