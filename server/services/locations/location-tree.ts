// Pure tree helpers for locations: no database, so the UI and the services share them.

export interface TreeRow {
  locationId: string;
  parentLocationId: string | null;
  name: string;
}

export type LocationNode<T extends TreeRow> = T & { children: LocationNode<T>[] };
export type PlacedLocation<T extends TreeRow> = T & { depth: number; path: string[] };

/** Separator of the names in a location path, as people read it: "Head office › Floor 1". */
export const PATH_SEPARATOR = " › ";

const bySiblingOrder = (x: TreeRow, y: TreeRow) =>
  x.name.localeCompare(y.name, "en", { sensitivity: "base" }) || (x.locationId < y.locationId ? -1 : 1);

/**
 * Nests a flat list into a forest, keeping the input order among siblings. A row whose parent is
 * not in the list becomes a root, so a partial list (a search result) still renders.
 */
export function nestLocations<T extends TreeRow>(flat: readonly T[]): LocationNode<T>[] {
  const nodes = new Map<string, LocationNode<T>>();
  for (const row of flat) nodes.set(row.locationId, { ...row, children: [] });
  const roots: LocationNode<T>[] = [];
  for (const row of flat) {
    const node = nodes.get(row.locationId)!;
    const parent = row.parentLocationId ? nodes.get(row.parentLocationId) : undefined;
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  return roots;
}

/**
 * Orders rows depth-first (parents before children, siblings by name) with each row's depth and
 * the names of its ancestors. Rows caught in a parent cycle are unreachable from any root; writes
 * refuse cycles, so they are left out here rather than looped over.
 */
export function placeLocations<T extends TreeRow>(rows: readonly T[]): PlacedLocation<T>[] {
  const ids = new Set(rows.map((r) => r.locationId));
  const childrenOf = new Map<string | null, T[]>();
  for (const row of [...rows].sort(bySiblingOrder)) {
    const key = row.parentLocationId && ids.has(row.parentLocationId) ? row.parentLocationId : null;
    const siblings = childrenOf.get(key);
    if (siblings) siblings.push(row);
    else childrenOf.set(key, [row]);
  }
  const out: PlacedLocation<T>[] = [];
  const visit = (parentId: string | null, path: string[]) => {
    for (const row of childrenOf.get(parentId) ?? []) {
      out.push({ ...row, depth: path.length, path });
      visit(row.locationId, [...path, row.name]);
    }
  };
  visit(null, []);
  return out;
}

/**
 * The chain of names from `from` down to `to`, when `to` is `from` or one of its descendants;
 * null otherwise. `rows` maps location ids to rows; the ancestors of `to` suffice.
 */
export function descentPath(
  fromId: string,
  toId: string,
  rows: ReadonlyMap<string, Pick<TreeRow, "parentLocationId" | "name">>,
): string[] | null {
  const names: string[] = [];
  const seen = new Set<string>();
  for (let id: string | null = toId; id && !seen.has(id); ) {
    seen.add(id);
    const row = rows.get(id);
    if (!row) return null;
    names.unshift(row.name);
    if (id === fromId) return names;
    id = row.parentLocationId;
  }
  return null;
}
