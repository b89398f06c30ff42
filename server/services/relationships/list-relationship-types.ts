import { assertCan, type ServiceContext } from "../../context";
import { loadRelationshipTypes } from "./relationship-queries";

/** The tenant's relationship types (built-ins first, then by label): the choices of the edge form. */
export async function listRelationshipTypes(ctx: ServiceContext) {
  assertCan(ctx, "assets.read");
  const types = await loadRelationshipTypes(ctx);
  return types.map(({ tenant: _tenant, ...type }) => type);
}
