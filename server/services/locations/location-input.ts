import { z } from "zod";
import { locationKinds } from "../../../db/schema/values";

import { optionalId, optionalText } from "../fields";

export { optionalId };

export const locationKind = z.enum(locationKinds, {
  errorMap: () => ({ message: `must be one of ${locationKinds.join(", ")}` }),
});

/** The fields of a location, shared by create and update, the tRPC procedures and the forms. */
export const locationFields = z.object({
  name: z.string().trim().min(1, "is required").max(200, "must be at most 200 characters"),
  kind: locationKind,
  addressLine1: optionalText(200),
  addressLine2: optionalText(200),
  city: optionalText(100),
  region: optionalText(100),
  postalCode: optionalText(20),
  country: optionalText(100),
  notes: optionalText(10_000),
});
export type LocationFields = z.infer<typeof locationFields>;

export const listLocationsInput = z.object({ companyId: z.string().uuid("must be a company id") });

export const createLocationInput = locationFields.extend({
  companyId: z.string().uuid("must be a company id"),
  parentLocationId: optionalId("must be a location id"),
  kind: locationKind.default("site"),
});

export const updateLocationInput = z.object({
  locationId: z.string().uuid("must be a location id"),
  data: locationFields
    .extend({ parentLocationId: optionalId("must be a location id") })
    .partial()
    .refine((d) => Object.keys(d).length > 0, "names no field to change"),
});

export const deleteLocationInput = z.object({ locationId: z.string().uuid("must be a location id") });
