import type { TokenScope } from "../../db/schema/auth";
import type { Role } from "../../db/schema/tenancy";

const staff = ["admin", "technician", "viewer"] as const satisfies readonly Role[];
const editors = ["admin", "technician"] as const satisfies readonly Role[];
const admins = ["admin"] as const satisfies readonly Role[];

/**
 * The one permission map: which roles hold which permission. Server checks (services and tRPC
 * procedures) and UI gating (loaders pass `can` results to components) both read it.
 */
export const permissionRoles = {
  "companies.read": staff,
  "companies.write": editors,
  "assets.read": staff,
  "assets.write": editors,
  "assets.delete": admins,
  "asset_types.manage": admins,
  "members.read": staff,
  "members.manage": admins,
  "tokens.manage": admins,
  "flags.read": staff,
  "flags.manage": admins,
  "audit.read": admins,
  "portal.read": ["client_user"],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof permissionRoles;
export const allPermissions = Object.keys(permissionRoles) as Permission[];

/** What an API token may do, by scope. Tokens never act as portal users. */
export const scopePermissions: Record<TokenScope, readonly Permission[]> = {
  read: ["companies.read", "assets.read", "members.read", "flags.read"],
  write: ["companies.read", "companies.write", "assets.read", "assets.write", "members.read", "flags.read"],
  admin: allPermissions.filter((p) => p !== "portal.read"),
};

export function roleCan(role: Role, permission: Permission): boolean {
  return (permissionRoles[permission] as readonly Role[]).includes(role);
}

export function scopesCan(scopes: readonly TokenScope[], permission: Permission): boolean {
  return scopes.some((s) => scopePermissions[s].includes(permission));
}

/** Every permission a role holds, for UI gating. */
export function permissionsOfRole(role: Role): Permission[] {
  return allPermissions.filter((p) => roleCan(role, p));
}

export const isStaffRole = (role: Role) => role !== "client_user";
