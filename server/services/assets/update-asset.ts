import { and, eq, sql } from "drizzle-orm";
import { assets } from "../../../db/schema";
import { assertCan, type ServiceContext } from "../../context";
import { ValidationError } from "../../errors";
import { getEffectiveSchema } from "../asset-types/effective-schema";
import { validateAttributes } from "../asset-types/validate-attributes";
import { findCompanyOrThrow } from "../companies/get-company";
import { diffValues, recordAssetHistory } from "../history/record-history";
import { blankToNull, parseInput } from "../validate";
import { updateAssetInput, type UpdateAssetInput } from "./asset-input";
import { loadAssetDetail } from "./asset-read";
import { assertContactOfCompany, assertLocationOfCompany, assertUniqueIdentifiers, parseNetworkIdentifiers } from "./asset-references";
import { hasExtension } from "./extension-fields";
import { parseExtension, writeExtension } from "./extensions";
import { normalizeHostname, normalizeSerial, normalizeTags } from "./normalize";
import { assertTransition } from "./statuses";

type Changes = Record<string, unknown>;

/**
 * Changes an asset. Only the fields given change; the history row holds each one's from/to,
 * extension fields as `extension.<field>` and custom attributes as `attributes.<key>`.
 */
export async function updateAsset(ctx: ServiceContext, rawInput: UpdateAssetInput) {
  assertCan(ctx, "assets.write");
  const { assetId, data } = parseInput(updateAssetInput, rawInput);
  const before = await loadAssetDetail(ctx, assetId);
  const { extension: extensionInput, attributes: attributesInput, typeId, ...coreInput } = data;
  const core: Changes = blankToNull(Object.fromEntries(Object.entries(coreInput).filter(([, v]) => v !== undefined)));
  if ("name" in core && !core.name) throw ValidationError.field("name", "is required");
  if ("companyId" in core && !core.companyId) throw ValidationError.field("companyId", "is required");

  const schema = await getEffectiveSchema(ctx, typeId ?? before.typeId);
  if (schema.kind !== before.kind) {
    throw ValidationError.field("typeId", `must be a type of the same kind (${before.kind}); moving to ${schema.kind} is a bulk type change`);
  }
  const companyId = (core.companyId as string | undefined) ?? before.companyId;
  if (companyId !== before.companyId) {
    await findCompanyOrThrow(ctx, companyId);
    // A location or contact of the old company cannot follow the asset to the new one.
    if (!("locationId" in core)) core.locationId = null;
    if (!("assignedContactId" in core)) core.assignedContactId = null;
  }
  if (core.locationId) await assertLocationOfCompany(ctx, core.locationId as string, companyId);
  if (core.assignedContactId) await assertContactOfCompany(ctx, core.assignedContactId as string, companyId);
  if (!("status" in core) || core.status == null) delete core.status;
  else await assertTransition(ctx, before.status, core.status as string);
  if ("assetTag" in core && !core.assetTag) throw ValidationError.field("assetTag", "cannot be blank once set");

  if ("serialNumber" in core) core.serialNormalized = normalizeSerial(core.serialNumber as string | null);
  if ("hostname" in core) core.hostnameNormalized = normalizeHostname(core.hostname as string | null);
  if ("macAddresses" in core || "ipAddresses" in core) {
    const parsed = parseNetworkIdentifiers(
      (core.macAddresses as string[] | null) ?? (("macAddresses" in core) ? [] : before.macAddresses),
      (core.ipAddresses as string[] | null) ?? (("ipAddresses" in core) ? [] : before.ipAddresses),
    );
    Object.assign(core, parsed);
  }
  if ("tags" in core) core.tags = normalizeTags((core.tags as string[] | null) ?? []);
  if ("currency" in core && typeof core.currency === "string") core.currency = core.currency.toUpperCase();
  if (typeId !== undefined) core.typeId = typeId;
  await assertUniqueIdentifiers(ctx, { assetTag: core.assetTag as string | undefined, serialNormalized: core.serialNormalized as string | undefined, serialNumber: core.serialNumber as string | undefined }, assetId);

  // Attributes are validated whole against the (possibly new) type's schema when they or the type change.
  let attributes: Record<string, unknown> | undefined;
  if (attributesInput != null || typeId !== undefined) {
    const merged = { ...before.attributes, ...(attributesInput ?? {}) };
    for (const [key, value] of Object.entries(merged)) if (value === null) delete merged[key];
    attributes = validateAttributes(schema.fields, merged);
    core.attributes = attributes;
  }
  const extension = parseExtension(before.kind, extensionInput, true);

  const { serialNormalized: _s, hostnameNormalized: _h, attributes: _a, ...visible } = core;
  const diff = {
    ...diffValues(before as unknown as Changes, visible),
    ...(extension ? diffValues(before.extension ?? {}, extension, "extension.") : {}),
    ...(attributes ? diffAttributes(before.attributes, attributes) : {}),
  };
  if (Object.keys(diff).length === 0) return before;

  // `core` holds only validated, known columns (the zod schema is strict about names).
  const columns = core as Partial<typeof assets.$inferInsert>;
  await ctx.db
    .update(assets)
    .set({ ...columns, updatedAt: sql`now()` })
    .where(and(eq(assets.tenant, ctx.tenantId), eq(assets.assetId, assetId)));
  if (extension && hasExtension(before.kind)) await writeExtension(ctx, before.kind, assetId, extension);
  const onlyStatus = Object.keys(diff).length === 1 && "status" in diff;
  await recordAssetHistory(ctx, { assetId, changeType: onlyStatus ? "status_changed" : "updated", diff });
  return loadAssetDetail(ctx, assetId);
}

/** Attribute changes including removed keys (to: null). */
function diffAttributes(before: Record<string, unknown>, after: Record<string, unknown>) {
  const removed = Object.fromEntries(Object.keys(before).filter((k) => !(k in after)).map((k) => [k, null]));
  return diffValues(before, { ...after, ...removed }, "attributes.");
}
