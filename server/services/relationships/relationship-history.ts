import type { ServiceContext } from "../../context";
import { recordAssetHistory } from "../history/record-history";

interface EdgeEnd {
  assetId: string;
  name: string;
}

/**
 * History rows for both ends of an edge, in the caller's transaction. Each asset's row names the
 * other asset and which side it is on: on the parent's row the other is the "child", and the
 * reverse, so either asset's history reads on its own.
 */
export function recordRelationshipHistory(
  ctx: ServiceContext,
  change: "relationship_added" | "relationship_removed",
  edge: { typeKey: string; parent: EdgeEnd; child: EdgeEnd },
): Promise<void> {
  const field = `relationships.${edge.typeKey}`;
  const entry = (self: EdgeEnd, other: EdgeEnd, direction: "parent" | "child") => {
    const value = { assetId: other.assetId, name: other.name, direction };
    const diff = change === "relationship_added" ? { from: null, to: value } : { from: value, to: null };
    return { assetId: self.assetId, changeType: change, diff: { [field]: diff } };
  };
  return recordAssetHistory(ctx, [entry(edge.parent, edge.child, "child"), entry(edge.child, edge.parent, "parent")]);
}
