import { listStatuses } from "../../services/assets/statuses";
import { setLifecycle } from "../../services/asset-settings/set-lifecycle";
import { setLifecycleInput, setTagPatternInput } from "../../services/asset-settings/settings-input";
import { getAssetSettings, setTagPattern } from "../../services/asset-settings/tag-pattern";
import { router } from "../init";
import { permissionProcedure } from "../procedures";

/** A tenant's asset settings: the tag pattern and the lifecycle (statuses and allowed moves). */
export const assetSettingsRouter = router({
  get: permissionProcedure("assets.read").query(async ({ ctx }) => ({ ...(await getAssetSettings(ctx.svc)), lifecycle: await listStatuses(ctx.svc) })),
  setTagPattern: permissionProcedure("asset_types.manage").input(setTagPatternInput).mutation(({ ctx, input }) => setTagPattern(ctx.svc, input)),
  setLifecycle: permissionProcedure("asset_types.manage").input(setLifecycleInput).mutation(({ ctx, input }) => setLifecycle(ctx.svc, input)),
});
