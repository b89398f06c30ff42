import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import { and, eq, sql } from "drizzle-orm";
import type { Database } from "../../db/client";
import { apiTokens, featureFlags } from "../../db/schema";
import { withTenant } from "../../db/tenant";
import type { Actor } from "../context";
import { UnauthorizedError } from "../errors";
import { featureRegistry } from "../features";

// Token format: tsr_<base64url(tenant uuid ‖ token uuid)>.<base64url(32 random bytes)> — a dot
// separates the parts because base64url itself uses '-' and '_'.
// The tenant travels inside the token so verification runs inside that tenant's RLS scope; a forged
// tenant part cannot help, because the secret's hash must then match a row of that tenant.

const PREFIX = "tsr_";
const uuidToBytes = (uuid: string) => Buffer.from(uuid.replace(/-/g, ""), "hex");
const bytesToUuid = (b: Buffer) => {
  const h = b.toString("hex");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
};

export const hashSecret = (secret: string) => createHash("sha256").update(secret).digest("hex");

export function mintToken(tenantId: string, tokenId: string): { token: string; secretHash: string; displayPrefix: string } {
  const secret = randomBytes(32).toString("base64url");
  const ids = Buffer.concat([uuidToBytes(tenantId), uuidToBytes(tokenId)]).toString("base64url");
  const token = `${PREFIX}${ids}.${secret}`;
  // The tenant part is the same for all of a tenant's tokens: show the end of the secret instead,
  // enough to tell tokens apart and far too little to guess the rest.
  return { token, secretHash: hashSecret(secret), displayPrefix: `${PREFIX}…${secret.slice(-6)}` };
}

export function parseToken(raw: string): { tenantId: string; tokenId: string; secret: string } | null {
  if (!raw.startsWith(PREFIX)) return null;
  const [ids, secret, extra] = raw.slice(PREFIX.length).split(".");
  if (extra !== undefined) return null;
  if (!ids || !secret) return null;
  const bytes = Buffer.from(ids, "base64url");
  if (bytes.length !== 32) return null;
  return { tenantId: bytesToUuid(bytes.subarray(0, 16)), tokenId: bytesToUuid(bytes.subarray(16)), secret };
}

const invalid = () => new UnauthorizedError("The API token is invalid, expired or revoked");

/** Verifies a bearer token and returns the tenant and actor it stands for. */
export async function authenticateToken(db: Database, raw: string): Promise<{ tenantId: string; actor: Actor }> {
  const parsed = parseToken(raw.trim());
  if (!parsed) throw invalid();
  const { tenantId, tokenId, secret } = parsed;
  return withTenant(db, tenantId, async (tx) => {
    // One statement reads the token and the tenant's api_access switch.
    const [row] = await tx
      .select({ token: apiTokens, apiAccess: featureFlags.enabled })
      .from(apiTokens)
      .leftJoin(featureFlags, and(eq(featureFlags.tenant, apiTokens.tenant), eq(featureFlags.key, "api_access")))
      .where(and(eq(apiTokens.tenant, tenantId), eq(apiTokens.tokenId, tokenId)));
    const expected = Buffer.from(row?.token.secretHash ?? hashSecret("absent"), "hex");
    const actual = Buffer.from(hashSecret(secret), "hex");
    if (!row || !timingSafeEqual(expected, actual)) throw invalid();
    const { token } = row;
    if (token.revokedAt || (token.expiresAt && token.expiresAt.getTime() <= Date.now())) throw invalid();
    if (!(row.apiAccess ?? featureRegistry.api_access.default)) {
      throw new UnauthorizedError("API access is turned off for this tenant (Settings → Feature flags)");
    }
    // Last use is kept to the minute: one write per token per minute, not one per request.
    if (!token.lastUsedAt || Date.now() - token.lastUsedAt.getTime() > 60_000) {
      await tx
        .update(apiTokens)
        .set({ lastUsedAt: sql`now()` })
        .where(and(eq(apiTokens.tenant, tenantId), eq(apiTokens.tokenId, tokenId)));
    }
    return { tenantId, actor: { type: "token", tokenId, name: token.name, scopes: token.scopes } };
  });
}
