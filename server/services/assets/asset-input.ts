import { z } from "zod";

import { idOf as uuid, optionalDate as isoDate, optionalId, optionalText as text } from "../fields";

const optionalUuid = (what: string) => optionalId(`must be ${what} id`);

/** The core fields of an asset (extension fields and custom attributes are validated per type). */
export const assetCoreFields = z.object({
  name: z.string().trim().min(1, "is required").max(300, "must be at most 300 characters"),
  companyId: uuid("a company"),
  locationId: optionalUuid("a location"),
  assetTag: text(100),
  status: z.string().trim().max(50).nullish(),
  serialNumber: text(200),
  hostname: text(253),
  macAddresses: z.array(z.string().max(50)).max(64, "must list at most 64 addresses").nullish(),
  ipAddresses: z.array(z.string().max(45)).max(64, "must list at most 64 addresses").nullish(),
  manufacturer: text(200),
  model: text(200),
  purchaseDate: isoDate,
  purchaseCost: z.number().min(0, "must not be negative").max(1_000_000_000).nullish(),
  currency: z
    .string()
    .trim()
    .regex(/^$|^[A-Za-z]{3}$/, "must be a three-letter currency code such as USD")
    .nullish(),
  warrantyStart: isoDate,
  warrantyEnd: isoDate,
  warrantyProvider: text(200),
  endOfLifeDate: isoDate,
  assignedContactId: optionalUuid("a contact"),
  tags: z.array(z.string().max(100, "must be at most 100 characters")).max(100, "must list at most 100 tags").nullish(),
  notes: text(20_000),
});

const externalId = z.object({
  source: z.string().trim().min(1, "is required").max(100),
  externalId: z.string().trim().min(1, "is required").max(200),
});

export const createAssetInput = assetCoreFields.extend({
  typeId: uuid("an asset type"),
  extension: z.record(z.unknown()).nullish(),
  attributes: z.record(z.unknown()).nullish(),
  externalIds: z.array(externalId).max(50).nullish(),
});
export type CreateAssetInput = z.input<typeof createAssetInput>;

export const updateAssetInput = z.object({
  assetId: uuid("an asset"),
  data: assetCoreFields
    .partial()
    .extend({
      typeId: uuid("an asset type").optional(),
      extension: z.record(z.unknown()).nullish(),
      attributes: z.record(z.unknown()).nullish(),
    })
    .refine((d) => Object.values(d).some((v) => v !== undefined), "names no field to change"),
});
export type UpdateAssetInput = z.input<typeof updateAssetInput>;

export const assetIdInput = z.object({ assetId: uuid("an asset") });
export { externalId as externalIdInput };
