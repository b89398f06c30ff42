import {
  createAssetTypeInput,
  deleteAssetTypeInput,
  getAssetTypeInput,
  updateAssetTypeInput,
} from "../../services/asset-types/asset-type-input";
import { createAssetType } from "../../services/asset-types/create-asset-type";
import { deleteAssetType } from "../../services/asset-types/delete-asset-type";
import { getAssetType } from "../../services/asset-types/get-asset-type";
import { listAssetTypes } from "../../services/asset-types/list-asset-types";
import { updateAssetType } from "../../services/asset-types/update-asset-type";
import { router } from "../init";
import { permissionProcedure } from "../procedures";

const read = permissionProcedure("assets.read");
const manage = permissionProcedure("asset_types.manage");

export const assetTypesRouter = router({
  list: read.query(({ ctx }) => listAssetTypes(ctx.svc)),
  get: read.input(getAssetTypeInput).query(({ ctx, input }) => getAssetType(ctx.svc, input)),
  create: manage.input(createAssetTypeInput).mutation(({ ctx, input }) => createAssetType(ctx.svc, input)),
  update: manage.input(updateAssetTypeInput).mutation(({ ctx, input }) => updateAssetType(ctx.svc, input)),
  delete: manage.input(deleteAssetTypeInput).mutation(({ ctx, input }) => deleteAssetType(ctx.svc, input)),
});
