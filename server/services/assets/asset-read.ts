import { and, eq, getTableColumns, inArray } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { assetExternalIds, assets, assetTypes, companies, contacts, locations } from "../../../db/schema";
import type { ServiceContext } from "../../context";
import { NotFoundError } from "../../errors";
import { loadExtensions, type ExtensionRecord } from "./extensions";

// Internal columns stay inside: the tenant (implied), the search text and the sort keys.
const {
  tenant: _tenant,
  searchText: _searchText,
  nameSort: _nameSort,
  assetTagSort: _assetTagSort,
  manufacturerSort: _manufacturerSort,
  modelSort: _modelSort,
  ...assetColumns
} = getTableColumns(assets);
const assignedContact = alias(contacts, "assigned_contact");

/** Core columns joined with the names a person needs beside the ids (type, company, location, contact). */
export const assetRowColumns = {
  ...assetColumns,
  typeName: assetTypes.name,
  kind: assetTypes.kind,
  companyName: companies.name,
  locationName: locations.name,
};

/** The joined row query for assets of the tenant; callers add where, order and limit. */
export function selectAssetRows(ctx: ServiceContext) {
  return ctx.db
    .select(assetRowColumns)
    .from(assets)
    .innerJoin(assetTypes, and(eq(assetTypes.tenant, assets.tenant), eq(assetTypes.typeId, assets.typeId)))
    .innerJoin(companies, and(eq(companies.tenant, assets.tenant), eq(companies.companyId, assets.companyId)))
    .leftJoin(locations, and(eq(locations.tenant, assets.tenant), eq(locations.locationId, assets.locationId)));
}

export type AssetRow = Awaited<ReturnType<ReturnType<typeof selectAssetRows>["execute"]>>[number];

export interface AssetDetail extends AssetRow {
  extension: ExtensionRecord | null;
  assignedContactName: string | null;
  externalIds: { source: string; externalId: string }[];
}

/** One asset in the shape every read returns: core + extension + attributes (+ names and external ids). */
export async function loadAssetDetail(ctx: ServiceContext, assetId: string): Promise<AssetDetail> {
  const [row] = await selectAssetRows(ctx).where(and(eq(assets.tenant, ctx.tenantId), eq(assets.assetId, assetId)));
  if (!row) throw new NotFoundError("Asset", assetId);
  const [extensions, ids, contact] = await Promise.all([
    loadExtensions(ctx, [{ assetId, kind: row.kind }]),
    ctx.db
      .select({ source: assetExternalIds.source, externalId: assetExternalIds.externalId })
      .from(assetExternalIds)
      .where(and(eq(assetExternalIds.tenant, ctx.tenantId), eq(assetExternalIds.assetId, assetId))),
    row.assignedContactId
      ? ctx.db
          .select({ firstName: assignedContact.firstName, lastName: assignedContact.lastName })
          .from(assignedContact)
          .where(and(eq(assignedContact.tenant, ctx.tenantId), eq(assignedContact.contactId, row.assignedContactId)))
      : Promise.resolve([]),
  ]);
  return {
    ...row,
    extension: extensions.get(assetId) ?? null,
    assignedContactName: contact[0] ? `${contact[0].firstName} ${contact[0].lastName}` : null,
    externalIds: ids,
  };
}

/** The detail shape from a freshly written row and what the writer already knows (no re-read). */
export function toAssetDetail(
  row: typeof assets.$inferSelect,
  known: { typeName: string; kind: AssetRow["kind"]; companyName: string; locationName: string | null; assignedContactName: string | null },
  extension: ExtensionRecord | null,
  externalIds: { source: string; externalId: string }[],
): AssetDetail {
  const visible = Object.fromEntries(Object.keys(assetColumns).map((k) => [k, row[k as keyof typeof row]])) as Omit<AssetRow, "typeName" | "kind" | "companyName" | "locationName">;
  return { ...visible, typeName: known.typeName, kind: known.kind, companyName: known.companyName, locationName: known.locationName, extension, assignedContactName: known.assignedContactName, externalIds };
}

/** Rows plus extension data for a page of assets (one extra query per kind present). */
export async function withExtensions<T extends { assetId: string; kind: AssetRow["kind"] }>(ctx: ServiceContext, rows: T[]) {
  const extensions = await loadExtensions(ctx, rows);
  return rows.map((r) => ({ ...r, extension: extensions.get(r.assetId) ?? null }));
}

export async function assetIdsExist(ctx: ServiceContext, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await ctx.db
    .select({ id: assets.assetId })
    .from(assets)
    .where(and(eq(assets.tenant, ctx.tenantId), inArray(assets.assetId, ids)));
  return new Set(rows.map((r) => r.id));
}
