import { and, eq, inArray, or, sql } from "drizzle-orm";
import { assetExternalIds, assets, contacts, locations } from "../../../db/schema";
import type { ServiceContext } from "../../context";
import { ConflictError, ValidationError } from "../../errors";
import { isIpAddress, normalizeMacList } from "./normalize";

/** A location given for an asset must belong to the asset's company; returns its name. */
export async function assertLocationOfCompany(ctx: ServiceContext, locationId: string | null | undefined, companyId: string): Promise<string | null> {
  if (!locationId) return null;
  const [row] = await ctx.db
    .select({ id: locations.locationId, name: locations.name })
    .from(locations)
    .where(and(eq(locations.tenant, ctx.tenantId), eq(locations.locationId, locationId), eq(locations.companyId, companyId)));
  if (!row) throw ValidationError.field("locationId", "must be a location of the asset's company");
  return row.name;
}

/** The assigned contact must be a (not archived) contact of the asset's company; returns the name. */
export async function assertContactOfCompany(ctx: ServiceContext, contactId: string | null | undefined, companyId: string): Promise<string | null> {
  if (!contactId) return null;
  const [row] = await ctx.db
    .select({ id: contacts.contactId, archivedAt: contacts.archivedAt, firstName: contacts.firstName, lastName: contacts.lastName })
    .from(contacts)
    .where(and(eq(contacts.tenant, ctx.tenantId), eq(contacts.contactId, contactId), eq(contacts.companyId, companyId)));
  if (!row) throw ValidationError.field("assignedContactId", "must be a contact of the asset's company");
  if (row.archivedAt) throw ValidationError.field("assignedContactId", "is an archived contact");
  return `${row.firstName} ${row.lastName}`;
}

/** Canonical MACs and validated IPs; each bad entry is named by its position. */
export function parseNetworkIdentifiers(macs: string[] | null | undefined, ips: string[] | null | undefined) {
  const issues: { field: string; message: string }[] = [];
  const { macs: macAddresses, invalid } = normalizeMacList(macs ?? []);
  for (const bad of invalid) issues.push({ field: `macAddresses.${(macs ?? []).indexOf(bad)}`, message: `"${bad}" is not a MAC address` });
  const ipAddresses = [...new Set((ips ?? []).map((ip) => ip.trim()).filter(Boolean))];
  ipAddresses.forEach((ip) => {
    if (!isIpAddress(ip)) issues.push({ field: `ipAddresses.${(ips ?? []).indexOf(ip)}`, message: `"${ip}" is not an IP address` });
  });
  if (issues.length) throw new ValidationError(issues);
  return { macAddresses, ipAddresses: ipAddresses.map((ip) => ip.toLowerCase()) };
}

/**
 * Refuses a tag or serial that another asset of the tenant already has, naming that asset (a person
 * needs to know which one to look at). `exceptAssetId` skips the asset being updated.
 */
export async function assertUniqueIdentifiers(
  ctx: ServiceContext,
  values: { assetTag?: string | null; serialNormalized?: string | null; serialNumber?: string | null },
  exceptAssetId?: string,
) {
  const checks = [];
  if (values.assetTag) checks.push(sql`${assets.assetTagSort} = lower(${values.assetTag})`);
  if (values.serialNormalized) checks.push(eq(assets.serialNormalized, values.serialNormalized));
  if (checks.length === 0) return;
  const clash = await ctx.db
    .select({ assetId: assets.assetId, name: assets.name, assetTag: assets.assetTag, serialNormalized: assets.serialNormalized })
    .from(assets)
    .where(and(eq(assets.tenant, ctx.tenantId), or(...checks), exceptAssetId ? sql`${assets.assetId} <> ${exceptAssetId}` : undefined))
    .limit(2);
  for (const other of clash) {
    const named = `asset ${other.assetTag} “${other.name}”`;
    if (values.assetTag && other.assetTag.toLowerCase() === values.assetTag.toLowerCase()) {
      throw new ConflictError(`assetTag: ${values.assetTag} is already the tag of ${named}`, { field: "assetTag", existingAssetId: other.assetId });
    }
    if (values.serialNormalized && other.serialNormalized === values.serialNormalized) {
      throw new ConflictError(`serialNumber: serial ${values.serialNumber ?? values.serialNormalized} is already used by ${named}`, {
        field: "serialNumber",
        existingAssetId: other.assetId,
      });
    }
  }
}

/** External keys are unique per source within a tenant; a clash names the asset that has it. */
export async function assertExternalIdsFree(ctx: ServiceContext, ids: { source: string; externalId: string }[], exceptAssetId?: string) {
  if (ids.length === 0) return;
  const rows = await ctx.db
    .select({ source: assetExternalIds.source, externalId: assetExternalIds.externalId, assetId: assets.assetId, name: assets.name, assetTag: assets.assetTag })
    .from(assetExternalIds)
    .innerJoin(assets, and(eq(assets.tenant, assetExternalIds.tenant), eq(assets.assetId, assetExternalIds.assetId)))
    .where(and(eq(assetExternalIds.tenant, ctx.tenantId), inArray(assetExternalIds.externalId, ids.map((i) => i.externalId))));
  const clash = rows.find((r) => r.assetId !== exceptAssetId && ids.some((i) => i.source === r.source && i.externalId === r.externalId));
  if (clash) {
    throw new ConflictError(`externalIds: ${clash.source} id ${clash.externalId} already belongs to asset ${clash.assetTag} “${clash.name}”`, {
      field: "externalIds",
      existingAssetId: clash.assetId,
    });
  }
}
