import type { Database } from "../db/client";
import type { TokenScope } from "../db/schema/auth";
import type { Role } from "../db/schema/tenancy";
import type { ChangeSource } from "../db/schema/values";
import type { Permission } from "./auth/permissions";
import { roleCan, scopesCan } from "./auth/permissions";
import { ForbiddenError } from "./errors";

export type Actor =
  | { type: "user"; userId: string; email: string; name: string; role: Role; companyId: string | null }
  | { type: "token"; tokenId: string; name: string; scopes: TokenScope[] }
  | { type: "system"; label: string };

/**
 * What every service receives: the tenant (from a verified session or token, never from input),
 * who acts, and `db` — the transaction opened by withTenant for that tenant.
 */
export interface ServiceContext {
  tenantId: string;
  actor: Actor;
  db: Database;
  requestId?: string;
  ip?: string;
  /** Where changes come from (the workspace, the API, an import or job); history records it. */
  source?: { kind: ChangeSource; ref?: string };
}

export function actorCan(actor: Actor, permission: Permission): boolean {
  switch (actor.type) {
    case "user":
      return roleCan(actor.role, permission);
    case "token":
      return scopesCan(actor.scopes, permission);
    case "system":
      return permission !== "portal.read";
  }
}

export function assertCan(ctx: Pick<ServiceContext, "actor">, permission: Permission): void {
  if (!actorCan(ctx.actor, permission)) {
    throw new ForbiddenError(`You do not have permission to do this (${permission})`);
  }
}

export function actorId(actor: Actor): string | null {
  if (actor.type === "user") return actor.userId;
  if (actor.type === "token") return actor.tokenId;
  return null;
}

export function actorLabel(actor: Actor): string {
  if (actor.type === "user") return actor.email;
  if (actor.type === "token") return `token:${actor.name}`;
  return `system:${actor.label}`;
}
