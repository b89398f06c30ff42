// Pure merge of attribute schemas down a type chain, with the one rule that keeps inheritance
// honest: a sub-type may only tighten a field it inherits, so every asset of a Laptop is also a
// valid Workstation. Browser safe (the schema editor shows conflicts before saving).
import type { AttributeField } from "../../../db/schema/asset-types";
import { ValidationError } from "../../errors";

export type ConflictProp = "kind" | "required" | "min" | "max" | "options";

export interface SchemaConflict {
  /** Which schema of the chain (0 = root) redefines the field. */
  level: number;
  /** Position of the redefinition in that schema. */
  index: number;
  prop: ConflictProp;
  key: string;
  /** The level whose definition the redefinition would loosen. */
  definedAt: number;
  message: string;
}

export interface MergedField {
  field: AttributeField;
  /** The level whose definition is in effect. */
  level: number;
}

/** Every way `child` loosens `parent` (none when it only tightens or keeps it). */
function looseningsOf(parent: AttributeField, child: AttributeField, owner: string): { prop: ConflictProp; message: string }[] {
  const key = child.key;
  // Another kind makes the other rules meaningless, so it is reported alone.
  if (child.kind !== parent.kind) {
    return [{ prop: "kind", message: `must stay ${parent.kind}: ${owner} defines "${key}" as ${parent.kind}` }];
  }
  const found: { prop: ConflictProp; message: string }[] = [];
  if (parent.required && !child.required) {
    found.push({ prop: "required", message: `cannot make "${key}" optional: ${owner} requires it` });
  }
  if (parent.min !== undefined && (child.min === undefined || child.min < parent.min)) {
    found.push({ prop: "min", message: `must be at least ${parent.min}: ${owner} sets that minimum for "${key}"` });
  }
  if (parent.max !== undefined && (child.max === undefined || child.max > parent.max)) {
    found.push({ prop: "max", message: `must be at most ${parent.max}: ${owner} sets that maximum for "${key}"` });
  }
  const allowed = parent.options ?? [];
  const added = (child.options ?? []).filter((o) => !allowed.includes(o));
  if (parent.options && added.length > 0) {
    found.push({
      prop: "options",
      message: `may only keep options ${owner} offers for "${key}" (${allowed.join(", ")}), not ${added.join(", ")}`,
    });
  }
  return found;
}

/**
 * Merges schemas root first. Inherited fields keep their position; a redefinition replaces the
 * inherited one in place, and new fields follow. A loosening redefinition is reported and the
 * inherited (stricter) definition stays in effect, so reading stored data never fails.
 * `names` are the types' names by level, for the messages.
 */
export function mergeLevels(
  ancestorsFirst: readonly (readonly AttributeField[])[],
  names: readonly string[] = [],
): { fields: MergedField[]; conflicts: SchemaConflict[] } {
  const merged = new Map<string, MergedField>();
  const conflicts: SchemaConflict[] = [];
  ancestorsFirst.forEach((schema, level) => {
    schema.forEach((field, index) => {
      const inherited = merged.get(field.key);
      if (inherited && inherited.level < level) {
        const owner = names[inherited.level] ? `"${names[inherited.level]}"` : "an ancestor type";
        const loosenings = looseningsOf(inherited.field, field, owner);
        if (loosenings.length > 0) {
          for (const l of loosenings) conflicts.push({ level, index, key: field.key, definedAt: inherited.level, ...l });
          return;
        }
      }
      merged.set(field.key, { field, level });
    });
  });
  return { fields: [...merged.values()], conflicts };
}

/**
 * The effective fields of the last schema in the chain. Throws a ValidationError naming
 * `attributesSchema.<index>.<prop>` (index within the schema that redefines the field) and the
 * ancestor type that defines it, when a redefinition loosens an inherited field.
 */
export function mergeSchemas(
  ancestorsFirst: readonly (readonly AttributeField[])[],
  names: readonly string[] = [],
): AttributeField[] {
  const { fields, conflicts } = mergeLevels(ancestorsFirst, names);
  if (conflicts.length > 0) {
    throw new ValidationError(conflicts.map((c) => ({ field: `attributesSchema.${c.index}.${c.prop}`, message: c.message })));
  }
  return fields.map((f) => f.field);
}
