import { z } from "zod";

export const historyForAssetInput = z.object({
  assetId: z.string().uuid("must be an asset id"),
  cursor: z.string().max(300).nullish(),
  limit: z.number().int().min(1).max(200).default(50),
  /** Only changes made by one import or job (its id). */
  sourceRef: z.string().max(100).optional(),
});

export const historyAsOfInput = z.object({
  assetId: z.string().uuid("must be an asset id"),
  at: z.coerce.date({ errorMap: () => ({ message: "must be a date or date-time" }) }),
});
