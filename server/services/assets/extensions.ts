import { and, eq, getTableColumns, inArray } from "drizzle-orm";
import { mobileDeviceAssets, networkDeviceAssets, printerAssets, serverAssets, workstationAssets } from "../../../db/schema";
import type { AssetKind } from "../../../db/schema/values";
import type { ServiceContext } from "../../context";
import { ValidationError } from "../../errors";
import { extensionFieldsByKind, hasExtension, type ExtensionKind } from "./extension-fields";

export const extensionTables = {
  workstation: workstationAssets,
  server: serverAssets,
  network_device: networkDeviceAssets,
  mobile_device: mobileDeviceAssets,
  printer: printerAssets,
} as const;

export type ExtensionRecord = Record<string, unknown>;

/** Validates extension input for a kind; errors name `extension.<field>`. Partial for updates. */
export function parseExtension(kind: AssetKind, input: Record<string, unknown> | null | undefined, partial: boolean): ExtensionRecord | null {
  if (input == null) return null;
  if (!hasExtension(kind)) {
    throw ValidationError.field("extension", `assets of kind ${kind} have no extension fields`);
  }
  const schema = partial ? extensionFieldsByKind[kind].partial() : extensionFieldsByKind[kind];
  const result = schema.strict().safeParse(input);
  if (!result.success) {
    throw new ValidationError(
      result.error.issues.map((i) => ({
        field: ["extension", ...i.path].join("."),
        message: i.code === "unrecognized_keys" ? `unknown field(s) for ${kind}: ${i.keys.join(", ")}` : i.message,
      })),
    );
  }
  return Object.fromEntries(Object.entries(result.data).map(([k, v]) => [k, typeof v === "string" && v === "" ? null : v]));
}

/** Every extension field of a kind set to null: the shape a read returns for a fresh row. */
export function emptyExtension(kind: ExtensionKind): ExtensionRecord {
  const table = extensionTables[kind];
  return Object.fromEntries(Object.keys(getTableColumns(table)).filter((k) => k !== "tenant" && k !== "assetId").map((k) => [k, null]));
}

/** Strips the key columns from an extension row. */
function fieldsOf(row: Record<string, unknown>): ExtensionRecord {
  const { tenant: _tenant, assetId: _assetId, ...fields } = row;
  return fields;
}

/** Extension rows for many assets: one query per kind present (five at most), never one per asset. */
export async function loadExtensions(ctx: ServiceContext, items: { assetId: string; kind: AssetKind }[]): Promise<Map<string, ExtensionRecord>> {
  const byKind = new Map<ExtensionKind, string[]>();
  for (const item of items) {
    if (!hasExtension(item.kind)) continue;
    byKind.set(item.kind, [...(byKind.get(item.kind) ?? []), item.assetId]);
  }
  const out = new Map<string, ExtensionRecord>();
  await Promise.all(
    [...byKind].map(async ([kind, ids]) => {
      const table = extensionTables[kind];
      const rows = await ctx.db
        .select()
        .from(table)
        .where(and(eq(table.tenant, ctx.tenantId), inArray(table.assetId, ids)));
      for (const row of rows) out.set(row.assetId, fieldsOf(row));
    }),
  );
  return out;
}

/** Inserts or updates the extension row of one asset with the given (already validated) fields. */
export async function writeExtension(ctx: ServiceContext, kind: ExtensionKind, assetId: string, values: ExtensionRecord) {
  if (Object.keys(values).length === 0) return;
  const table = extensionTables[kind];
  await ctx.db
    .insert(table)
    .values({ tenant: ctx.tenantId, assetId, ...values } as typeof table.$inferInsert)
    .onConflictDoUpdate({ target: [table.tenant, table.assetId], set: values as Partial<typeof table.$inferInsert> });
}

/** Removes an asset's extension row (when its type changes to another kind). */
export async function deleteExtension(ctx: ServiceContext, kind: ExtensionKind, assetId: string) {
  const table = extensionTables[kind];
  await ctx.db.delete(table).where(and(eq(table.tenant, ctx.tenantId), eq(table.assetId, assetId)));
}
