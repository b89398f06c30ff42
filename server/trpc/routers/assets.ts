import { archiveAsset, archiveAssetInput } from "../../services/assets/archive-asset";
import { assetIdInput, createAssetInput, updateAssetInput } from "../../services/assets/asset-input";
import { createAsset } from "../../services/assets/create-asset";
import { deleteAsset, deleteAssetInput } from "../../services/assets/delete-asset";
import { addExternalId, externalIdChangeInput, removeExternalId } from "../../services/assets/external-ids";
import { getAsset } from "../../services/assets/get-asset";
import { listAssets } from "../../services/assets/list-assets";
import { listAssetsInput } from "../../services/assets/list-input";
import { listStatuses } from "../../services/assets/statuses";
import { updateAsset } from "../../services/assets/update-asset";
import { assetAsOf } from "../../services/history/as-of";
import { historyAsOfInput, historyForAssetInput } from "../../services/history/history-input";
import { historyForAsset } from "../../services/history/list-history";
import { router } from "../init";
import { permissionProcedure } from "../procedures";

const read = permissionProcedure("assets.read");
const write = permissionProcedure("assets.write");

export const assetsRouter = router({
  list: read.input(listAssetsInput.optional()).query(({ ctx, input }) => listAssets(ctx.svc, input ?? {})),
  get: read.input(assetIdInput).query(({ ctx, input }) => getAsset(ctx.svc, input)),
  create: write.input(createAssetInput).mutation(({ ctx, input }) => createAsset(ctx.svc, input)),
  update: write.input(updateAssetInput).mutation(({ ctx, input }) => updateAsset(ctx.svc, input)),
  archive: write.input(archiveAssetInput.pick({ assetId: true })).mutation(({ ctx, input }) => archiveAsset(ctx.svc, { ...input, archived: true })),
  restore: write.input(archiveAssetInput.pick({ assetId: true })).mutation(({ ctx, input }) => archiveAsset(ctx.svc, { ...input, archived: false })),
  delete: permissionProcedure("assets.delete").input(deleteAssetInput).mutation(({ ctx, input }) => deleteAsset(ctx.svc, input)),
  addExternalId: write.input(externalIdChangeInput).mutation(({ ctx, input }) => addExternalId(ctx.svc, input)),
  removeExternalId: write.input(externalIdChangeInput).mutation(({ ctx, input }) => removeExternalId(ctx.svc, input)),
  statuses: read.query(({ ctx }) => listStatuses(ctx.svc)),
});

export const historyRouter = router({
  forAsset: read.input(historyForAssetInput).query(({ ctx, input }) => historyForAsset(ctx.svc, input)),
  asOf: read.input(historyAsOfInput).query(({ ctx, input }) => assetAsOf(ctx.svc, input)),
});
