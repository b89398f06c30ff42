import { eq, sql } from "drizzle-orm";
import { tenantAssetSettings } from "../../../db/schema";
import { assertCan, type ServiceContext } from "../../context";
import { renderTag } from "../assets/asset-tag";
import { recordAudit } from "../audit/record-audit";
import { parseInput } from "../validate";
import { setTagPatternInput, type SetTagPatternInput } from "./settings-input";

/** The tenant's asset settings, with an example of the next tag. */
export async function getAssetSettings(ctx: ServiceContext) {
  assertCan(ctx, "assets.read");
  const [row] = await ctx.db.select().from(tenantAssetSettings).where(eq(tenantAssetSettings.tenant, ctx.tenantId));
  const pattern = row?.assetTagPattern ?? "AST-{seq:6}";
  const next = row?.nextAssetTagSeq ?? 1;
  return { assetTagPattern: pattern, nextSequence: next, nextTagExample: renderTag(pattern, next, { companyCode: "ACME", kind: "workstation" }) };
}

/** Changes the tag pattern (and optionally the counter) for assets created from now on. */
export async function setTagPattern(ctx: ServiceContext, rawInput: SetTagPatternInput) {
  assertCan(ctx, "asset_types.manage");
  const input = parseInput(setTagPatternInput, rawInput);
  const before = await getAssetSettings(ctx);
  const set = { assetTagPattern: input.assetTagPattern, updatedAt: sql`now()`, ...(input.nextSequence ? { nextAssetTagSeq: input.nextSequence } : {}) };
  await ctx.db
    .insert(tenantAssetSettings)
    .values({ tenant: ctx.tenantId, assetTagPattern: input.assetTagPattern, nextAssetTagSeq: input.nextSequence ?? before.nextSequence })
    .onConflictDoUpdate({ target: tenantAssetSettings.tenant, set });
  const after = await getAssetSettings(ctx);
  await recordAudit(ctx, {
    action: "settings.tag_pattern_changed",
    targetType: "asset_settings",
    details: { diff: { assetTagPattern: { from: before.assetTagPattern, to: after.assetTagPattern }, nextSequence: { from: before.nextSequence, to: after.nextSequence } } },
  });
  return after;
}
