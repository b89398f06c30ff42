// Plain value lists of the schema, with no Drizzle import, so browser code can use them too.

export const roles = ["admin", "technician", "viewer", "client_user"] as const;
export type Role = (typeof roles)[number];

export const tokenScopes = ["read", "write", "admin"] as const;
export type TokenScope = (typeof tokenScopes)[number];

export const locationKinds = ["site", "building", "floor", "room", "rack", "other"] as const;
export type LocationKind = (typeof locationKinds)[number];
