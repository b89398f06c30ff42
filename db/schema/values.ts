// Plain value lists of the schema, with no Drizzle import, so browser code can use them too.

export const roles = ["admin", "technician", "viewer", "client_user"] as const;
export type Role = (typeof roles)[number];

export const tokenScopes = ["read", "write", "admin"] as const;
export type TokenScope = (typeof tokenScopes)[number];

export const locationKinds = ["site", "building", "floor", "room", "rack", "other"] as const;
export type LocationKind = (typeof locationKinds)[number];

/** The built-in root kinds; every asset type descends from one and takes its kind from it. */
export const assetKinds = ["workstation", "server", "network_device", "mobile_device", "printer", "other"] as const;
export type AssetKind = (typeof assetKinds)[number];

/** Kinds of custom attribute fields in a type's attribute schema. */
export const attributeKinds = ["text", "number", "integer", "boolean", "date", "select", "multi_select", "url", "ip_address", "mac_address"] as const;
export type AttributeKind = (typeof attributeKinds)[number];

/** Where a change came from, recorded with every history row. */
export const changeSources = ["ui", "api", "import", "bulk", "connector", "system"] as const;
export type ChangeSource = (typeof changeSources)[number];

export const maintenanceFrequencies = ["daily", "weekly", "monthly", "quarterly", "yearly"] as const;
export type MaintenanceFrequency = (typeof maintenanceFrequencies)[number];

export const maintenanceTypes = ["preventive", "corrective", "inspection", "update", "cleaning", "replacement"] as const;
export type MaintenanceType = (typeof maintenanceTypes)[number];

export const maintenanceOutcomes = ["completed", "partial", "failed"] as const;
export type MaintenanceOutcome = (typeof maintenanceOutcomes)[number];

/**
 * How a relationship type bears on impact: "parent" — the parent depends on the child (A depends on
 * B, VM runs on host, server powered by UPS), so a failing child impacts its parents; "child" — the
 * child depends on the parent (rack contains server); "none" — no impact (connected to).
 */
export const impactDirections = ["parent", "child", "none"] as const;
export type ImpactDirection = (typeof impactDirections)[number];
