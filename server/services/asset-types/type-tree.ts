// Pure helpers over a tenant's asset type tree: no database, so the UI and the services share them.
import type { AttributeField } from "../../../db/schema/asset-types";
import { assetKinds, type AssetKind } from "../../../db/schema/values";
import { mergeLevels } from "./merge-schemas";

export interface TypeNode {
  typeId: string;
  parentTypeId: string | null;
  name: string;
  kind: AssetKind;
  attributesSchema: AttributeField[];
}

/** A field in effect for a type; `inheritedFrom` is the id of the ancestor whose definition applies. */
export type EffectiveField = AttributeField & { inheritedFrom: string | null };

/** Separator of the names in a type path, as people read it: "Workstation › Laptop". */
export const TYPE_PATH_SEPARATOR = " › ";

const byName = (x: TypeNode, y: TypeNode) =>
  x.name.localeCompare(y.name, "en", { sensitivity: "base" }) || (x.typeId < y.typeId ? -1 : 1);
// Roots in the order of the built-in kinds (Other last), not alphabetically.
const byRootOrder = (x: TypeNode, y: TypeNode) => assetKinds.indexOf(x.kind) - assetKinds.indexOf(y.kind) || byName(x, y);

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** The chain from the root down to `typeId` (root first); stops at a missing parent or a cycle. */
export function chainOf<T extends TypeNode>(typeId: string, byId: ReadonlyMap<string, T>): T[] {
  const chain: T[] = [];
  const seen = new Set<string>();
  for (let id: string | null = typeId; id && !seen.has(id); ) {
    seen.add(id);
    const row = byId.get(id);
    if (!row) break;
    chain.unshift(row);
    id = row.parentTypeId;
  }
  return chain;
}

/** `typeId` and every type below it, parents before children. */
export function subtreeOf<T extends TypeNode>(typeId: string, rows: readonly T[]): T[] {
  const childrenOf = new Map<string, T[]>();
  for (const row of rows) if (row.parentTypeId) pushTo(childrenOf, row.parentTypeId, row);
  const root = rows.find((r) => r.typeId === typeId);
  const out: T[] = root ? [root] : [];
  const seen = new Set(out.map((r) => r.typeId));
  for (let i = 0; i < out.length; i++) {
    for (const child of childrenOf.get(out[i].typeId) ?? []) {
      if (seen.has(child.typeId)) continue;
      seen.add(child.typeId);
      out.push(child);
    }
  }
  return out;
}

/** The names from `fromId` down to `toId` when `toId` is `fromId` or below it; null otherwise. */
export function descentPath(fromId: string, toId: string, byId: ReadonlyMap<string, TypeNode>): string[] | null {
  const chain = chainOf(toId, byId);
  const start = chain.findIndex((r) => r.typeId === fromId);
  return start < 0 ? null : chain.slice(start).map((r) => r.name);
}

/** The fields in effect for the last type of a chain, ancestors' first. Lenient: never throws. */
export function effectiveFieldsOf(chain: readonly TypeNode[]): EffectiveField[] {
  const { fields } = mergeLevels(chain.map((t) => t.attributesSchema));
  const own = chain.length - 1;
  return fields.map(({ field, level }) => ({ ...field, inheritedFrom: level === own ? null : chain[level].typeId }));
}

/**
 * Orders types depth-first (roots by kind, siblings by name) with depth and ancestor names.
 * Rows in a parent cycle are unreachable from any root; writes refuse cycles, so they are left out.
 */
export function placeTypes<T extends TypeNode>(rows: readonly T[]): (T & { depth: number; path: string[] })[] {
  const ids = new Set(rows.map((r) => r.typeId));
  const childrenOf = new Map<string | null, T[]>();
  for (const row of rows) {
    const key = row.parentTypeId && ids.has(row.parentTypeId) ? row.parentTypeId : null;
    pushTo(childrenOf, key, row);
  }
  const out: (T & { depth: number; path: string[] })[] = [];
  const visit = (parentId: string | null, path: string[]) => {
    const children = [...(childrenOf.get(parentId) ?? [])].sort(parentId ? byName : byRootOrder);
    for (const row of children) {
      out.push({ ...row, depth: path.length, path });
      visit(row.typeId, [...path, row.name]);
    }
  };
  visit(null, []);
  return out;
}
