import { z } from "zod";
import { optionalId, optionalText, requiredText } from "../fields";

const emailFormat = z.string().email();

/** The fields of a contact, shared by create and update, the tRPC procedures and the forms. */
export const contactFields = z.object({
  firstName: requiredText(100),
  lastName: requiredText(100),
  // A blank email is allowed (it becomes NULL); a refine keeps one message naming the field.
  email: z
    .string()
    .trim()
    .max(320, "must be at most 320 characters")
    .refine((v) => v === "" || emailFormat.safeParse(v).success, "must be an email address")
    .nullish(),
  phone: optionalText(50),
  mobile: optionalText(50),
  title: optionalText(200),
  locationId: optionalId("must be a location id"),
  isPrimary: z.boolean().optional(),
  notes: optionalText(10_000),
});
export type ContactFields = z.infer<typeof contactFields>;

export const listContactsInput = z.object({
  companyId: z.string().uuid("must be a company id"),
  includeArchived: z.boolean().default(false),
});

export const createContactInput = contactFields.extend({
  companyId: z.string().uuid("must be a company id"),
  isPrimary: z.boolean().default(false),
});

export const updateContactInput = z.object({
  contactId: z.string().uuid("must be a contact id"),
  data: contactFields.partial().refine((d) => Object.keys(d).length > 0, "names no field to change"),
});

export const archiveContactInput = z.object({
  contactId: z.string().uuid("must be a contact id"),
  archived: z.boolean().default(true),
});
