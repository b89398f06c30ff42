import { containmentTree } from "../../services/relationships/containment-tree";
import { createRelationship } from "../../services/relationships/create-relationship";
import { createRelationshipType } from "../../services/relationships/create-relationship-type";
import { deleteRelationship } from "../../services/relationships/delete-relationship";
import { impactAnalysis } from "../../services/relationships/impact-analysis";
import { listRelationshipTypes } from "../../services/relationships/list-relationship-types";
import {
  assetGraphInput,
  createRelationshipInput,
  createRelationshipTypeInput,
  deleteRelationshipInput,
  impactAnalysisInput,
  serviceMapInput,
} from "../../services/relationships/relationship-input";
import { relationshipsForAsset } from "../../services/relationships/relationships-for-asset";
import { serviceMap } from "../../services/relationships/service-map";
import {
  deleteRelationshipType,
  deleteRelationshipTypeInput,
  updateRelationshipType,
  updateRelationshipTypeInput,
} from "../../services/relationships/change-relationship-type";
import { router } from "../init";
import { permissionProcedure } from "../procedures";

const read = permissionProcedure("assets.read");
const write = permissionProcedure("assets.write");
const manageTypes = permissionProcedure("asset_types.manage");

export const relationshipsRouter = router({
  create: write.input(createRelationshipInput).mutation(({ ctx, input }) => createRelationship(ctx.svc, input)),
  delete: write.input(deleteRelationshipInput).mutation(({ ctx, input }) => deleteRelationship(ctx.svc, input)),
  forAsset: read.input(assetGraphInput).query(({ ctx, input }) => relationshipsForAsset(ctx.svc, input)),
  impact: read.input(impactAnalysisInput).query(({ ctx, input }) => impactAnalysis(ctx.svc, input)),
  tree: read.input(assetGraphInput).query(({ ctx, input }) => containmentTree(ctx.svc, input)),
  serviceMap: read.input(serviceMapInput).query(({ ctx, input }) => serviceMap(ctx.svc, input)),
  types: read.query(({ ctx }) => listRelationshipTypes(ctx.svc)),
  createType: manageTypes.input(createRelationshipTypeInput).mutation(({ ctx, input }) => createRelationshipType(ctx.svc, input)),
  updateType: manageTypes.input(updateRelationshipTypeInput).mutation(({ ctx, input }) => updateRelationshipType(ctx.svc, input)),
  deleteType: manageTypes.input(deleteRelationshipTypeInput).mutation(({ ctx, input }) => deleteRelationshipType(ctx.svc, input)),
});
