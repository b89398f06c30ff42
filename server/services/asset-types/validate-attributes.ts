// Checks custom attribute values against a type's fields. No node-only imports: the browser's
// asset forms reuse these checks, so a person sees the same message the server would give.
import { z } from "zod";
import type { AttributeField } from "../../../db/schema/asset-types";
import { ValidationError, type FieldIssue } from "../../errors";
import { isIpAddress, normalizeMac } from "../assets/normalize";
import { isCalendarDate } from "../calendar";
import { DATE_MESSAGE } from "../fields";

type Checked = { value: unknown } | { error: string };

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;
const TEXT_LIMIT = 10_000;

/** Values that carry nothing: a blank from a form, null, an empty selection. They count as absent. */
export function isBlankValue(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value === "string") return value.trim() === "";
  return Array.isArray(value) && value.length === 0;
}

function isHttpUrl(value: string): boolean {
  if (/\s/.test(value)) return false;
  try {
    const url = new URL(value);
    return (url.protocol === "http:" || url.protocol === "https:") && url.hostname !== "";
  } catch {
    return false;
  }
}

function toNumber(raw: unknown): number | null {
  if (typeof raw === "number") return Number.isFinite(raw) ? raw : null;
  // Forms and CSV imports send numbers as text.
  if (typeof raw === "string" && NUMBER.test(raw.trim())) return Number(raw.trim());
  return null;
}

function checkRange(field: AttributeField, n: number, unit: string): Checked {
  if (field.min !== undefined && n < field.min) return { error: `must be at least ${field.min}${unit}` };
  if (field.max !== undefined && n > field.max) return { error: `must be at most ${field.max}${unit}` };
  return { value: n };
}

/** Checks one present (non-blank) value against its field; returns the cleaned value or the rule it breaks. */
export function checkAttributeValue(field: AttributeField, raw: unknown): Checked {
  const options = field.options ?? [];
  const text = typeof raw === "string" ? raw.trim() : null;
  switch (field.kind) {
    case "text": {
      if (text === null) return { error: "must be text" };
      const length = checkRange({ ...field, max: field.max ?? TEXT_LIMIT }, text.length, " characters");
      return "error" in length ? length : { value: text };
    }
    case "number":
    case "integer": {
      const n = toNumber(raw);
      if (n === null) return { error: field.kind === "integer" ? "must be a whole number" : "must be a number" };
      if (field.kind === "integer" && !Number.isInteger(n)) return { error: "must be a whole number" };
      return checkRange(field, n, "");
    }
    case "boolean":
      if (typeof raw === "boolean") return { value: raw };
      if (text === "true" || text === "false") return { value: text === "true" };
      return { error: "must be true or false" };
    case "date":
      return text !== null && isCalendarDate(text) ? { value: text } : { error: DATE_MESSAGE };
    case "select":
      return text !== null && options.includes(text) ? { value: text } : { error: `must be one of: ${options.join(", ")}` };
    case "multi_select": {
      const list = Array.isArray(raw) ? raw.map((v) => (typeof v === "string" ? v.trim() : v)) : null;
      if (!list || !list.every((v): v is string => typeof v === "string" && options.includes(v))) {
        return { error: `each value must be one of: ${options.join(", ")}` };
      }
      const repeated = list.find((v, i) => list.indexOf(v) !== i);
      return repeated === undefined ? { value: list } : { error: `lists "${repeated}" twice` };
    }
    case "url":
      return text !== null && isHttpUrl(text) ? { value: text } : { error: "must be a URL starting with http:// or https://" };
    case "ip_address":
      return text !== null && isIpAddress(text)
        ? { value: text.toLowerCase() }
        : { error: "must be an IP address" };
    case "mac_address": {
      const mac = text === null ? null : normalizeMac(text);
      return mac ? { value: mac } : { error: "must be a MAC address such as aa:bb:cc:dd:ee:ff" };
    }
    default:
      return { error: `has an unknown kind (${String(field.kind)})` };
  }
}

/**
 * One field's value. Absent and blank are the same. In a full check a blank takes the default or,
 * for a required field, fails. In a partial check (a patch) an absent key stays absent, and a
 * blanked key becomes null, meaning "clear it" (see applyAttributePatch).
 */
function fieldValueSchema(field: AttributeField, partial: boolean) {
  return z.unknown().transform((raw, ctx) => {
    let value = raw;
    if (isBlankValue(raw)) {
      if (partial && raw === undefined) return undefined;
      if (!partial && !isBlankValue(field.default)) value = field.default;
      else if (field.required) {
        ctx.addIssue({ code: z.ZodIssueCode.custom, message: "is required" });
        return z.NEVER;
      } else return partial ? null : undefined;
    }
    const checked = checkAttributeValue(field, value);
    if ("value" in checked) return checked.value;
    ctx.addIssue({ code: z.ZodIssueCode.custom, message: checked.error });
    return z.NEVER;
  });
}

/** A zod schema of a whole attributes object for these fields; forms use it through their resolver. */
export function attributesObjectSchema(fields: readonly AttributeField[], options: { partial?: boolean } = {}) {
  const shape = Object.fromEntries(fields.map((f) => [f.key, fieldValueSchema(f, options.partial ?? false)]));
  const unknownKey = z.unknown().superRefine((value, ctx) => {
    if (!isBlankValue(value)) ctx.addIssue({ code: z.ZodIssueCode.custom, message: "is not a field of this type" });
  });
  return z
    .object(shape, { invalid_type_error: "must be an object of field values" })
    .catchall(unknownKey)
    .transform((parsed) => {
      const out: Record<string, unknown> = {};
      for (const field of fields) if (parsed[field.key] !== undefined) out[field.key] = parsed[field.key];
      // A patch may clear a key the type no longer has (left over from an older schema).
      if (options.partial) for (const key of Object.keys(parsed)) if (!Object.hasOwn(shape, key)) out[key] = null;
      return out;
    });
}

/**
 * Validates custom attribute values against (effective) fields and returns the cleaned values in
 * field order. Errors name `attributes.<key>`, one per key.
 */
export function validateAttributes(
  fields: readonly AttributeField[],
  values: unknown,
  options: { partial?: boolean } = {},
): Record<string, unknown> {
  const result = attributesObjectSchema(fields, options).safeParse(values ?? {});
  if (result.success) return result.data;
  const issues = new Map<string, FieldIssue>();
  for (const issue of result.error.issues) {
    const field = issue.path.length ? `attributes.${String(issue.path[0])}` : "attributes";
    if (!issues.has(field)) issues.set(field, { field, message: issue.message });
  }
  throw new ValidationError([...issues.values()]);
}

/** Applies a partial check's result to stored values: null removes a key, anything else sets it. */
export function applyAttributePatch(current: Record<string, unknown>, patch: Record<string, unknown>) {
  const out: Record<string, unknown> = { ...current };
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete out[key];
    else out[key] = value;
  }
  return out;
}
