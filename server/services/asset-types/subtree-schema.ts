// What a schema change or a move of one type does to the chains below it: the new effective fields
// of every affected type, and the loosenings it would cause, named as fields of the update. Pure.
import type { AttributeField } from "../../../db/schema/asset-types";
import type { FieldIssue } from "../../errors";
import { mergeLevels } from "./merge-schemas";
import { chainOf, subtreeOf, type TypeNode } from "./type-tree";

export interface SubtreeCheck {
  issues: FieldIssue[];
  /** The effective fields of the type and of every type below it, after the change. */
  fieldsByType: Map<string, AttributeField[]>;
}

/**
 * Checks `typeId` and its descendants in `types` (the tree *after* the change). A conflict at the
 * changed type or below, against a definition at the changed type or above, is caused by this
 * change. It is reported on the changed type's own field when that field is the one loosened or
 * loosening (`attributesSchema.<index>.<prop>`), otherwise on `parentTypeId` (the move brought it).
 */
export function checkSubtreeSchemas(types: readonly TypeNode[], typeId: string, schemaChanged: boolean): SubtreeCheck {
  const byId = new Map(types.map((t) => [t.typeId, t]));
  const changed = byId.get(typeId);
  const issues = new Map<string, FieldIssue>();
  const fieldsByType = new Map<string, AttributeField[]>();
  const add = (field: string, message: string) => issues.set(`${field}\u0000${message}`, { field, message });
  for (const type of subtreeOf(typeId, types)) {
    const chain = chainOf(type.typeId, byId);
    const at = chain.findIndex((t) => t.typeId === typeId);
    const { fields, conflicts } = mergeLevels(
      chain.map((t) => t.attributesSchema),
      chain.map((t) => t.name),
    );
    fieldsByType.set(
      type.typeId,
      fields.map((f) => f.field),
    );
    for (const c of conflicts) {
      if (c.level < at || c.definedAt > at) continue; // within the sub-types: not caused by this change
      if (c.level === at) {
        if (schemaChanged) add(`attributesSchema.${c.index}.${c.prop}`, c.message);
        else add("parentTypeId", `this type's field "${c.key}" conflicts with the new parent: ${c.message}`);
        continue;
      }
      const message = `conflicts with the sub-type "${chain[c.level].name}": ${c.message}`;
      const own = c.definedAt === at && changed ? changed.attributesSchema.findIndex((f) => f.key === c.key) : -1;
      add(own >= 0 && schemaChanged ? `attributesSchema.${own}.${c.prop}` : "parentTypeId", message);
    }
  }
  return { issues: [...issues.values()], fieldsByType };
}
