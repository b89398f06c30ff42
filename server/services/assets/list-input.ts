import { z } from "zod";
import { assetKinds } from "../../../db/schema/values";

import { calendarDate as isoDate, idOf as uuid } from "../fields";

export const sortFields = ["name", "assetTag", "status", "createdAt", "updatedAt", "warrantyEnd", "purchaseDate", "hostname", "serialNumber", "manufacturer", "model"] as const;
export type SortField = (typeof sortFields)[number];

const attributeCondition = z.object({
  key: z.string().regex(/^[a-z][a-z0-9_]{0,49}$/, "must be an attribute key"),
  op: z.enum(["eq", "neq", "gt", "gte", "lt", "lte", "contains", "exists", "missing"], {
    errorMap: () => ({ message: "must be one of eq, neq, gt, gte, lt, lte, contains, exists, missing" }),
  }),
  value: z.union([z.string().max(500), z.number(), z.boolean()]).optional(),
}).refine((c) => c.op === "exists" || c.op === "missing" || c.value !== undefined, { message: "is required for this operator", path: ["value"] });
export type AttributeCondition = z.infer<typeof attributeCondition>;

export const assetFilter = z.object({
  /** A type and all its descendants. */
  typeId: uuid("an asset type").optional(),
  kind: z.enum(assetKinds).optional(),
  companyId: uuid("a company").optional(),
  /** A location and everything inside it. */
  locationId: uuid("a location").optional(),
  status: z.union([z.string().max(50), z.array(z.string().max(50)).max(20)]).optional(),
  /** Assets carrying all of these tags. */
  tags: z.array(z.string().max(100)).max(20).optional(),
  warrantyExpiresBefore: isoDate.optional(),
  warrantyExpiresAfter: isoDate.optional(),
  /** Name, tag, serial, hostname, maker, model (substring and fuzzy), or an exact MAC or IP. */
  search: z.string().trim().max(200).optional(),
  attributes: z.array(attributeCondition).max(10).optional(),
  includeArchived: z.boolean().optional(),
});
export type AssetFilter = z.infer<typeof assetFilter>;

export const listAssetsInput = z.object({
  filter: assetFilter.default({}),
  sort: z.object({ field: z.enum(sortFields), direction: z.enum(["asc", "desc"]).default("asc") }).default({ field: "name", direction: "asc" }),
  cursor: z.string().max(1000).nullish(),
  limit: z.number().int().min(1).max(500).default(50),
  /** Count the matches (exact when cheap, else an estimate, marked so). Default: on the first page only. */
  includeTotal: z.boolean().optional(),
  /** Also return each asset's extension fields (one extra query per kind on the page). */
  includeExtension: z.boolean().default(false),
});
export type ListAssetsInput = z.input<typeof listAssetsInput>;
