import { and, eq, inArray, sql } from "drizzle-orm";
import { assets, tenantAssetSettings } from "../../../db/schema";
import type { ServiceContext } from "../../context";

export interface TagContext {
  companyCode?: string | null;
  kind?: string;
}

/** Renders a tag pattern: {seq:N} zero-padded counter, {company} client code, {kind}, {yyyy}. */
export function renderTag(pattern: string, seq: number, context: TagContext = {}): string {
  return pattern
    .replace(/\{seq(?::(\d{1,2}))?\}/g, (_m, width?: string) => String(seq).padStart(Number(width ?? 0), "0"))
    .replace(/\{company\}/g, (context.companyCode ?? "").toUpperCase() || "GEN")
    .replace(/\{kind\}/g, (context.kind ?? "asset").toUpperCase().replace(/_/g, "-").slice(0, 8))
    .replace(/\{yyyy\}/g, String(new Date().getUTCFullYear()));
}

/**
 * Reserves `count` tags from the tenant's counter. The settings row is locked for the rest of the
 * transaction, so concurrent creations never draw the same number; numbers a person already used
 * by hand are skipped.
 */
export async function allocateAssetTags(ctx: ServiceContext, contexts: TagContext[]): Promise<string[]> {
  if (contexts.length === 0) return [];
  const tags: string[] = [];
  let guard = 0;
  // Draw candidates in rounds (one atomic counter bump, one check) and drop those already taken.
  while (tags.length < contexts.length) {
    const wanted = contexts.slice(tags.length);
    // The UPDATE locks the settings row for the rest of the transaction: concurrent creations queue.
    const [settings] = await ctx.db
      .update(tenantAssetSettings)
      .set({ nextAssetTagSeq: sql`${tenantAssetSettings.nextAssetTagSeq} + ${wanted.length}`, updatedAt: sql`now()` })
      .where(eq(tenantAssetSettings.tenant, ctx.tenantId))
      .returning({ pattern: tenantAssetSettings.assetTagPattern, next: tenantAssetSettings.nextAssetTagSeq });
    if (!settings) throw new Error("tenant asset settings are missing (migration 0004 provisions them)");
    const first = settings.next - wanted.length;
    const candidates = wanted.map((c, i) => renderTag(settings.pattern, first + i, c));
    const taken = await ctx.db
      .select({ tag: assets.assetTagSort })
      .from(assets)
      .where(and(eq(assets.tenant, ctx.tenantId), inArray(assets.assetTagSort, candidates.map((c) => c.toLowerCase()))));
    const takenSet = new Set(taken.map((t) => t.tag));
    tags.push(...candidates.filter((c) => !takenSet.has(c.toLowerCase()) && !tags.includes(c)));
    if (++guard > 1000) throw new Error("the asset tag pattern yields no free tags (it needs {seq})");
  }
  return tags;
}
