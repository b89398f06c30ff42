import { z } from "zod";

import { optionalText } from "../fields";

/** The fields of a company, shared by create and update, the tRPC procedures and the forms. */
export const companyFields = z.object({
  name: z.string().trim().min(1, "is required").max(200, "must be at most 200 characters"),
  code: z
    .string()
    .trim()
    .max(20, "must be at most 20 characters")
    .regex(/^[A-Za-z0-9_-]*$/, "may contain only letters, digits, - and _")
    .nullish(),
  domain: z
    .string()
    .trim()
    .max(253)
    .regex(/^$|^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i, "must be a domain such as example.com")
    .nullish(),
  phone: optionalText(50),
  website: z
    .string()
    .trim()
    .max(500)
    .regex(/^$|^https?:\/\/\S+$/i, "must start with http:// or https://")
    .nullish(),
  notes: optionalText(10_000),
});

export type CompanyFields = z.infer<typeof companyFields>;

export const createCompanyInput = companyFields;
export const updateCompanyInput = z.object({
  companyId: z.string().uuid("must be a company id"),
  data: companyFields.partial().refine((d) => Object.keys(d).length > 0, "names no field to change"),
});
