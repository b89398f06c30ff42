import { assetExternalIds, assets } from "../../../db/schema";
import { assertCan, type ServiceContext } from "../../context";
import { getEffectiveSchema } from "../asset-types/effective-schema";
import { validateAttributes } from "../asset-types/validate-attributes";
import { findCompanyOrThrow } from "../companies/get-company";
import { diffValues, recordAssetHistory } from "../history/record-history";
import { blankToNull, parseInput } from "../validate";
import { createAssetInput, type CreateAssetInput } from "./asset-input";
import { toAssetDetail } from "./asset-read";
import { assertContactOfCompany, assertExternalIdsFree, assertLocationOfCompany, assertUniqueIdentifiers, parseNetworkIdentifiers } from "./asset-references";
import { allocateAssetTags } from "./asset-tag";
import { hasExtension } from "./extension-fields";
import { emptyExtension, parseExtension, writeExtension } from "./extensions";
import { normalizeHostname, normalizeSerial, normalizeTags } from "./normalize";
import { resolveInitialStatus } from "./statuses";

/**
 * Creates an asset with its extension row, custom attributes and external ids, and a "created"
 * history row holding every value set — all in the caller's transaction.
 */
export async function createAsset(ctx: ServiceContext, rawInput: CreateAssetInput) {
  assertCan(ctx, "assets.write");
  const { typeId, extension: extensionInput, attributes: attributesInput, externalIds, ...rawCore } = parseInput(createAssetInput, rawInput);
  const core = blankToNull(rawCore);
  const serialNormalized = normalizeSerial(core.serialNumber);
  const { macAddresses, ipAddresses } = parseNetworkIdentifiers(core.macAddresses, core.ipAddresses);
  // The checks are independent reads: issued together, postgres.js pipelines them on the
  // transaction's connection (one round trip instead of seven; PGlite simply runs them in turn).
  const [schema, company, status, locationName, assignedContactName] = await Promise.all([
    getEffectiveSchema(ctx, typeId),
    findCompanyOrThrow(ctx, core.companyId),
    resolveInitialStatus(ctx, core.status),
    assertLocationOfCompany(ctx, core.locationId, core.companyId),
    assertContactOfCompany(ctx, core.assignedContactId, core.companyId),
    assertUniqueIdentifiers(ctx, { assetTag: core.assetTag, serialNormalized, serialNumber: core.serialNumber }),
    assertExternalIdsFree(ctx, externalIds ?? []),
  ]);
  const attributes = validateAttributes(schema.fields, attributesInput ?? {});
  const extension = parseExtension(schema.kind, extensionInput, false);
  const assetTag = core.assetTag ?? (await allocateAssetTags(ctx, [{ companyCode: company.code, kind: schema.kind }]))[0];

  const values = {
    ...core,
    assetTag,
    status,
    typeId,
    serialNormalized,
    hostnameNormalized: normalizeHostname(core.hostname),
    macAddresses,
    ipAddresses,
    currency: core.currency?.toUpperCase() ?? null,
    tags: normalizeTags(core.tags ?? []),
    attributes,
  };
  const [row] = await ctx.db.insert(assets).values({ ...values, tenant: ctx.tenantId }).returning();
  const { attributes: _a, serialNormalized: _s, hostnameNormalized: _h, ...shown } = values;
  await Promise.all([
    extension && hasExtension(schema.kind) ? writeExtension(ctx, schema.kind, row.assetId, extension) : null,
    externalIds?.length ? ctx.db.insert(assetExternalIds).values(externalIds.map((e) => ({ ...e, tenant: ctx.tenantId, assetId: row.assetId }))) : null,
    recordAssetHistory(ctx, {
      assetId: row.assetId,
      changeType: "created",
      diff: {
        ...diffValues({}, shown),
        ...diffValues({}, extension ?? {}, "extension."),
        ...diffValues({}, attributes, "attributes."),
        ...(externalIds?.length ? { externalIds: { from: null, to: externalIds } } : {}),
      },
    }),
  ]);
  const fullExtension = extension && hasExtension(schema.kind) ? { ...emptyExtension(schema.kind), ...extension } : null;
  return toAssetDetail(
    row,
    { typeName: schema.type.name, kind: schema.kind, companyName: company.name, locationName, assignedContactName },
    fullExtension,
    externalIds ?? [],
  );
}
