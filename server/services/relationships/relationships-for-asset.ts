import { sql } from "drizzle-orm";
import type { z } from "zod";
import { queryRows } from "../../../db/rows";
import { assertCan, type ServiceContext } from "../../context";
import { parseInput } from "../validate";
import { assetGraphInput } from "./relationship-input";
import { findAssetOrThrow, type AssetSummary } from "./relationship-queries";

interface EdgeRow extends Record<string, unknown> {
  direction: "outgoing" | "incoming";
  relationshipId: string;
  typeKey: string;
  label: string;
  notes: string | null;
  createdAt: string | Date;
  assetId: string;
  name: string;
  assetTag: string;
  status: string;
  kind: string;
}

export interface AssetEdge {
  relationshipId: string;
  typeKey: string;
  /** Read from this asset's side: "depends on" when it is the parent, "is needed by" when the child. */
  label: string;
  notes: string | null;
  createdAt: Date;
  asset: AssetSummary;
}

/**
 * An asset's edges in one statement: outgoing (it is the parent) and incoming (it is the child),
 * each with the other asset. The outgoing half starts from the few types, so each type is one
 * descent of the (tenant, type_key, parent) index; the incoming half uses the child index.
 */
export async function relationshipsForAsset(ctx: ServiceContext, rawInput: z.input<typeof assetGraphInput>) {
  assertCan(ctx, "assets.read");
  const { assetId } = parseInput(assetGraphInput, rawInput);
  const asset = await findAssetOrThrow(ctx, assetId);
  const other = (end: "parent" | "child") => sql.raw(`r.${end}_asset_id`);
  const columns = (direction: "outgoing" | "incoming") => sql`
    ${sql.raw(`'${direction}'`)}::text as direction, r.relationship_id as "relationshipId", r.type_key as "typeKey",
    ${sql.raw(direction === "outgoing" ? "t.label" : "t.inverse_label")} as label, r.notes, r.created_at as "createdAt",
    o.asset_id as "assetId", o.name, o.asset_tag as "assetTag", o.status, ot.kind`;
  const joinOther = (end: "parent" | "child") => sql`
    join assets o on o.tenant = r.tenant and o.asset_id = ${other(end)}
    join asset_types ot on ot.tenant = o.tenant and ot.type_id = o.type_id`;
  const rows = await queryRows<EdgeRow>(
    ctx.db,
    sql`select ${columns("outgoing")}
          from relationship_types t
          join asset_relationships r on r.tenant = t.tenant and r.type_key = t.type_key and r.parent_asset_id = ${assetId}
          ${joinOther("child")}
         where t.tenant = ${ctx.tenantId}
        union all
        select ${columns("incoming")}
          from asset_relationships r
          join relationship_types t on t.tenant = r.tenant and t.type_key = r.type_key
          ${joinOther("parent")}
         where r.tenant = ${ctx.tenantId} and r.child_asset_id = ${assetId}
        order by label, name, "relationshipId"`,
  );
  const toEdge = (r: EdgeRow): AssetEdge => ({
    relationshipId: r.relationshipId,
    typeKey: r.typeKey,
    label: r.label,
    notes: r.notes,
    createdAt: new Date(r.createdAt),
    asset: { assetId: r.assetId, name: r.name, assetTag: r.assetTag, status: r.status, kind: r.kind },
  });
  return {
    asset,
    outgoing: rows.filter((r) => r.direction === "outgoing").map(toEdge),
    incoming: rows.filter((r) => r.direction === "incoming").map(toEdge),
  };
}
