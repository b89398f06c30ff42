import { z } from "zod";
import { attributesSchemaInput } from "./attribute-field";

const typeId = (message: string) => z.string().trim().uuid(message);

const name = z.string().trim().min(1, "is required").max(100, "must be at most 100 characters");
const description = z.string().trim().max(2_000, "must be at most 2000 characters").nullish();

export const getAssetTypeInput = z.object({ typeId: typeId("must be an asset type id") });

export const createAssetTypeInput = z.object({
  parentTypeId: typeId("must be an asset type id"),
  name,
  description,
  attributesSchema: attributesSchemaInput.default([]),
});

export const updateAssetTypeInput = z.object({
  typeId: typeId("must be an asset type id"),
  data: z
    .object({ name, description, parentTypeId: typeId("must be an asset type id"), attributesSchema: attributesSchemaInput })
    .partial()
    .refine((d) => Object.values(d).some((v) => v !== undefined), "names no field to change"),
});

export const deleteAssetTypeInput = z.object({ typeId: typeId("must be an asset type id") });
