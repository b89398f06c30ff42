import { randomUUID } from "node:crypto";
import { and, desc, eq, sql } from "drizzle-orm";
import { z } from "zod";
import { apiTokens, users } from "../../../db/schema";
import { mintToken } from "../../auth/api-tokens";
import { assertCan, type ServiceContext } from "../../context";
import { NotFoundError, ValidationError } from "../../errors";
import { recordAudit } from "../audit/record-audit";
import { parseInput } from "../validate";
import { createTokenInput } from "./token-input";

export { createTokenInput };


/** Creates a token. The secret is returned here once and never stored (only its SHA-256). */
export async function createToken(ctx: ServiceContext, rawInput: z.input<typeof createTokenInput>) {
  assertCan(ctx, "tokens.manage");
  const input = parseInput(createTokenInput, rawInput);
  const tokenId = randomUUID();
  const { token, secretHash, displayPrefix } = mintToken(ctx.tenantId, tokenId);
  const expiresAt = input.expiresInDays ? new Date(Date.now() + input.expiresInDays * 86_400_000) : null;
  const [row] = await ctx.db
    .insert(apiTokens)
    .values({
      tenant: ctx.tenantId,
      tokenId,
      name: input.name,
      secretHash,
      displayPrefix,
      scopes: [...new Set(input.scopes)],
      createdBy: ctx.actor.type === "user" ? ctx.actor.userId : null,
      expiresAt,
    })
    .returning();
  await recordAudit(ctx, {
    action: "token.created",
    targetType: "api_token",
    targetId: tokenId,
    details: { name: row.name, scopes: row.scopes, expiresAt },
  });
  const { secretHash: _omit, ...visible } = row;
  return { ...visible, token };
}

export async function listTokens(ctx: ServiceContext) {
  assertCan(ctx, "tokens.manage");
  return ctx.db
    .select({
      tokenId: apiTokens.tokenId,
      name: apiTokens.name,
      displayPrefix: apiTokens.displayPrefix,
      scopes: apiTokens.scopes,
      createdAt: apiTokens.createdAt,
      expiresAt: apiTokens.expiresAt,
      lastUsedAt: apiTokens.lastUsedAt,
      revokedAt: apiTokens.revokedAt,
      createdByEmail: users.email,
    })
    .from(apiTokens)
    .leftJoin(users, eq(users.userId, apiTokens.createdBy))
    .where(eq(apiTokens.tenant, ctx.tenantId))
    .orderBy(desc(apiTokens.createdAt));
}

export const revokeTokenInput = z.object({ tokenId: z.string().uuid("must be a token id") });

export async function revokeToken(ctx: ServiceContext, rawInput: z.input<typeof revokeTokenInput>) {
  assertCan(ctx, "tokens.manage");
  const { tokenId } = parseInput(revokeTokenInput, rawInput);
  const [row] = await ctx.db
    .select()
    .from(apiTokens)
    .where(and(eq(apiTokens.tenant, ctx.tenantId), eq(apiTokens.tokenId, tokenId)));
  if (!row) throw new NotFoundError("API token", tokenId);
  if (row.revokedAt) throw ValidationError.field("tokenId", "this token is already revoked");
  await ctx.db
    .update(apiTokens)
    .set({ revokedAt: sql`now()` })
    .where(and(eq(apiTokens.tenant, ctx.tenantId), eq(apiTokens.tokenId, tokenId)));
  await recordAudit(ctx, { action: "token.revoked", targetType: "api_token", targetId: tokenId, details: { name: row.name } });
  return { tokenId, revoked: true };
}
