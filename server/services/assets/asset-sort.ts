import { sql, type SQL } from "drizzle-orm";
import { assets } from "../../../db/schema";
import type { SortField } from "./list-input";

interface SortSpec {
  /** The column rows are ordered by (indexed as (tenant, column, asset_id)); a plain column, see assets.ts. */
  expr: SQL;
  nullable: boolean;
}

export const sortSpecs: Record<SortField, SortSpec> = {
  name: { expr: sql`${assets.nameSort}`, nullable: false },
  assetTag: { expr: sql`${assets.assetTagSort}`, nullable: false },
  status: { expr: sql`${assets.status}`, nullable: false },
  createdAt: { expr: sql`${assets.createdAt}`, nullable: false },
  updatedAt: { expr: sql`${assets.updatedAt}`, nullable: false },
  warrantyEnd: { expr: sql`${assets.warrantyEnd}`, nullable: true },
  purchaseDate: { expr: sql`${assets.purchaseDate}`, nullable: true },
  hostname: { expr: sql`${assets.hostnameNormalized}`, nullable: true },
  serialNumber: { expr: sql`${assets.serialNormalized}`, nullable: true },
  manufacturer: { expr: sql`${assets.manufacturerSort}`, nullable: true },
  model: { expr: sql`${assets.modelSort}`, nullable: true },
};

/**
 * Keyset position: the last row's sort value (as text; null for the null segment) and id. Rows with
 * a NULL sort value come last in both directions, as their own segment ordered by id, so each
 * segment is one index range scan.
 */
export interface SortCursor {
  value: string | null;
  id: string;
  /** The search fell back to fuzzy matching on the first page; later pages keep that mode. */
  fuzzy?: boolean;
}

export function segmentConditions(spec: SortSpec, direction: "asc" | "desc", cursor: SortCursor | null, segment: "values" | "nulls"): SQL[] {
  const cmp = direction === "asc" ? sql`>` : sql`<`;
  if (segment === "nulls") {
    const out = [sql`${spec.expr} is null`];
    if (cursor && cursor.value === null) out.push(sql`${assets.assetId} ${cmp} ${cursor.id}`);
    return out;
  }
  const out = spec.nullable ? [sql`${spec.expr} is not null`] : [];
  if (cursor && cursor.value !== null) {
    // Spelled out instead of a row comparison: record_gt is not leakproof, so under RLS
    // `(col, id) > (v, id)` could not start the index scan; `col >= v` can.
    const value = sql`${cursor.value}::${sql.raw(castOf(spec))}`;
    const cmpEq = direction === "asc" ? sql`>=` : sql`<=`;
    out.push(sql`${spec.expr} ${cmpEq} ${value}`, sql`(${spec.expr} ${cmp} ${value} or ${assets.assetId} ${cmp} ${cursor.id}::uuid)`);
  }
  return out;
}

export function orderBy(spec: SortSpec, direction: "asc" | "desc", segment: "values" | "nulls"): SQL {
  const dir = sql.raw(direction);
  return segment === "nulls" ? sql`${assets.assetId} ${dir}` : sql`${spec.expr} ${dir}, ${assets.assetId} ${dir}`;
}

function castOf(spec: SortSpec): string {
  const key = (Object.keys(sortSpecs) as SortField[]).find((k) => sortSpecs[k] === spec);
  if (key === "createdAt" || key === "updatedAt") return "timestamptz";
  if (key === "warrantyEnd" || key === "purchaseDate") return "date";
  return "text";
}
