import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { featureFlags } from "../../../db/schema";
import { assertCan, type ServiceContext } from "../../context";
import { featureKeys, featureRegistry, isFeatureKey, type FeatureKey } from "../../features";
import { ValidationError } from "../../errors";
import { recordAudit } from "../audit/record-audit";
import { parseInput } from "../validate";

/** Whether a feature is on for the tenant: its stored switch, else the registry's default. */
export async function isFeatureEnabled(ctx: Pick<ServiceContext, "db" | "tenantId">, key: FeatureKey) {
  const [row] = await ctx.db
    .select({ enabled: featureFlags.enabled })
    .from(featureFlags)
    .where(and(eq(featureFlags.tenant, ctx.tenantId), eq(featureFlags.key, key)));
  return row ? row.enabled : featureRegistry[key].default;
}

export async function listFlags(ctx: ServiceContext) {
  assertCan(ctx, "flags.read");
  const rows = await ctx.db.select().from(featureFlags).where(eq(featureFlags.tenant, ctx.tenantId));
  const stored = new Map(rows.map((r) => [r.key, r]));
  return featureKeys.map((key) => {
    const row = stored.get(key);
    return {
      key,
      ...featureRegistry[key],
      enabled: row ? row.enabled : featureRegistry[key].default,
      isDefault: !row,
      updatedAt: row?.updatedAt ?? null,
    };
  });
}

export const setFlagInput = z.object({ key: z.string().min(1, "is required"), enabled: z.boolean() });

export async function setFlag(ctx: ServiceContext, rawInput: z.input<typeof setFlagInput>) {
  assertCan(ctx, "flags.manage");
  const { key, enabled } = parseInput(setFlagInput, rawInput);
  if (!isFeatureKey(key)) throw ValidationError.field("key", `"${key}" is not a known feature (known: ${featureKeys.join(", ")})`);
  const before = await isFeatureEnabled(ctx, key);
  const updatedBy = ctx.actor.type === "user" ? ctx.actor.userId : null;
  await ctx.db
    .insert(featureFlags)
    .values({ tenant: ctx.tenantId, key, enabled, updatedBy })
    .onConflictDoUpdate({ target: [featureFlags.tenant, featureFlags.key], set: { enabled, updatedBy, updatedAt: new Date() } });
  if (before !== enabled) {
    await recordAudit(ctx, { action: "settings.flag_changed", targetType: "feature_flag", targetId: key, details: { diff: { enabled: { from: before, to: enabled } } } });
  }
  return { key, enabled };
}
