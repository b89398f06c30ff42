// The definition of a custom attribute field, as an admin writes it into a type's schema. Browser
// safe (the schema editor validates with it); the stored JSON is this schema's output.
import { z } from "zod";
import type { AttributeField } from "../../../db/schema/asset-types";
import { attributeKinds, type AttributeKind } from "../../../db/schema/values";
import { checkAttributeValue, isBlankValue } from "./validate-attributes";

export const MAX_FIELDS_PER_TYPE = 100;

const choiceKinds: readonly AttributeKind[] = ["select", "multi_select"];
const rangeKinds: readonly AttributeKind[] = ["text", "number", "integer"];

const optionalText = (max: number) => z.string().trim().max(max, `must be at most ${max} characters`).optional();
const limit = z.number({ invalid_type_error: "must be a number" }).finite("must be a finite number").optional();

// A typo such as "requried" is refused by name rather than silently dropped.
const fieldErrors: z.ZodErrorMap = (issue, ctx) => {
  if (issue.code === z.ZodIssueCode.unrecognized_keys) {
    return { message: `${issue.keys.map((k) => `"${k}"`).join(", ")}: not a property of an attribute field` };
  }
  if (issue.code === z.ZodIssueCode.invalid_type) return { message: "must be a field definition (an object)" };
  return { message: ctx.defaultError };
};

const fieldShape = z
  .object(
    {
      key: z
        .string({ required_error: "is required" })
        .trim()
        .min(1, "is required")
        .max(50, "must be at most 50 characters")
        .regex(/^[a-z][a-z0-9_]*$/, "must start with a letter and contain only a-z, 0-9 and _"),
      label: z.string({ required_error: "is required" }).trim().min(1, "is required").max(100, "must be at most 100 characters"),
      kind: z.enum(attributeKinds, { errorMap: () => ({ message: `must be one of ${attributeKinds.join(", ")}` }) }),
      required: z.boolean({ invalid_type_error: "must be true or false" }).optional(),
      default: z.unknown().optional(),
      min: limit,
      max: limit,
      unit: optionalText(20),
      help: optionalText(500),
      options: z
        .array(z.string().trim().min(1, "must not be blank").max(100, "must be at most 100 characters"), {
          invalid_type_error: "must be a list of texts",
        })
        .max(200, "may list at most 200 options")
        .optional(),
    },
    { errorMap: fieldErrors },
  )
  .strict();

type FieldShape = z.infer<typeof fieldShape>;
type Issue = { path: (string | number)[]; message: string };

/** Rules between properties: which kinds take min/max and options, and their consistency. */
function shapeIssues(f: FieldShape): Issue[] {
  const issues: Issue[] = [];
  for (const prop of ["min", "max"] as const) {
    const value = f[prop];
    if (value === undefined) continue;
    if (!rangeKinds.includes(f.kind)) issues.push({ path: [prop], message: "applies only to text, number and integer fields" });
    else if (f.kind === "text" && (!Number.isInteger(value) || value < 0)) {
      issues.push({ path: [prop], message: "must be a whole number of characters" });
    } else if (f.kind === "integer" && !Number.isInteger(value)) {
      issues.push({ path: [prop], message: "must be a whole number" });
    }
  }
  if (f.min !== undefined && f.max !== undefined && f.min > f.max) {
    issues.push({ path: ["max"], message: `must be at least the minimum (${f.min})` });
  }
  if (choiceKinds.includes(f.kind)) {
    if (!f.options) issues.push({ path: ["options"], message: "is required for select and multi_select fields" });
    else if (f.options.length === 0) issues.push({ path: ["options"], message: "must list at least one option" });
    else {
      const repeated = f.options.find((o, i) => f.options!.indexOf(o) !== i);
      if (repeated !== undefined) issues.push({ path: ["options"], message: `lists "${repeated}" twice` });
    }
  } else if (f.options !== undefined) {
    issues.push({ path: ["options"], message: "applies only to select and multi_select fields" });
  }
  return issues;
}

/** One field definition; the output drops blank extras and holds the default in its cleaned form. */
export const attributeFieldSchema = fieldShape.transform((f, ctx): AttributeField => {
  const issues = shapeIssues(f);
  const field: AttributeField = { key: f.key, label: f.label, kind: f.kind, required: f.required ?? false };
  if (f.min !== undefined) field.min = f.min;
  if (f.max !== undefined) field.max = f.max;
  if (f.unit) field.unit = f.unit;
  if (f.help) field.help = f.help;
  if (f.options) field.options = f.options;
  // The default must pass the field's own rules, so an asset that takes it is valid.
  if (issues.length === 0 && !isBlankValue(f.default)) {
    const checked = checkAttributeValue(field, f.default);
    if ("error" in checked) issues.push({ path: ["default"], message: checked.error });
    else field.default = checked.value;
  }
  for (const issue of issues) ctx.addIssue({ code: z.ZodIssueCode.custom, ...issue });
  return issues.length ? z.NEVER : field;
});

/** A type's own attribute schema: a list of fields with distinct keys. */
export const attributesSchemaInput = z
  .array(attributeFieldSchema, { invalid_type_error: "must be a list of fields" })
  .max(MAX_FIELDS_PER_TYPE, `may have at most ${MAX_FIELDS_PER_TYPE} fields`)
  .superRefine((fields, ctx) => {
    fields.forEach((field, index) => {
      const first = fields.findIndex((f) => f.key === field.key);
      if (first !== index) {
        ctx.addIssue({
          code: z.ZodIssueCode.custom,
          path: [index, "key"],
          message: `repeats the key "${field.key}" of field ${first}`,
        });
      }
    });
  });
