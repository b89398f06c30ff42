import { assetExternalIds, assets } from "../../../db/schema";
import { assertCan, type ServiceContext } from "../../context";
import { getEffectiveSchema } from "../asset-types/effective-schema";
import { validateAttributes } from "../asset-types/validate-attributes";
import { findCompanyOrThrow } from "../companies/get-company";
import { diffValues, recordAssetHistory } from "../history/record-history";
import { blankToNull, parseInput } from "../validate";
import { createAssetInput, type CreateAssetInput } from "./asset-input";
import { loadAssetDetail } from "./asset-read";
import { assertContactOfCompany, assertExternalIdsFree, assertLocationOfCompany, assertUniqueIdentifiers, parseNetworkIdentifiers } from "./asset-references";
import { allocateAssetTags } from "./asset-tag";
import { hasExtension } from "./extension-fields";
import { parseExtension, writeExtension } from "./extensions";
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
  const schema = await getEffectiveSchema(ctx, typeId);
  const company = await findCompanyOrThrow(ctx, core.companyId);
  await assertLocationOfCompany(ctx, core.locationId, company.companyId);
  await assertContactOfCompany(ctx, core.assignedContactId, company.companyId);
  const status = await resolveInitialStatus(ctx, core.status);
  const { macAddresses, ipAddresses } = parseNetworkIdentifiers(core.macAddresses, core.ipAddresses);
  const attributes = validateAttributes(schema.fields, attributesInput ?? {});
  const extension = parseExtension(schema.kind, extensionInput, false);
  const serialNormalized = normalizeSerial(core.serialNumber);
  await assertUniqueIdentifiers(ctx, { assetTag: core.assetTag, serialNormalized, serialNumber: core.serialNumber });
  await assertExternalIdsFree(ctx, externalIds ?? []);
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
  const [row] = await ctx.db.insert(assets).values({ ...values, tenant: ctx.tenantId }).returning({ assetId: assets.assetId });
  if (extension && hasExtension(schema.kind)) await writeExtension(ctx, schema.kind, row.assetId, extension);
  if (externalIds?.length) {
    await ctx.db.insert(assetExternalIds).values(externalIds.map((e) => ({ ...e, tenant: ctx.tenantId, assetId: row.assetId })));
  }

  const { attributes: _a, serialNormalized: _s, hostnameNormalized: _h, ...shown } = values;
  await recordAssetHistory(ctx, {
    assetId: row.assetId,
    changeType: "created",
    diff: {
      ...diffValues({}, shown),
      ...diffValues({}, extension ?? {}, "extension."),
      ...diffValues({}, attributes, "attributes."),
      ...(externalIds?.length ? { externalIds: { from: null, to: externalIds } } : {}),
    },
  });
  return loadAssetDetail(ctx, row.assetId);
}
