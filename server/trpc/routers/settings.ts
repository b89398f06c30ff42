import { listAudit, listAuditInput } from "../../services/audit/list-audit";
import { listFlags, setFlag, setFlagInput } from "../../services/flags/flags";
import { createToken, createTokenInput, listTokens, revokeToken, revokeTokenInput } from "../../services/tokens/tokens";
import { router } from "../init";
import { permissionProcedure } from "../procedures";

export const tokensRouter = router({
  list: permissionProcedure("tokens.manage").query(({ ctx }) => listTokens(ctx.svc)),
  create: permissionProcedure("tokens.manage")
    .input(createTokenInput)
    .mutation(({ ctx, input }) => createToken(ctx.svc, input)),
  revoke: permissionProcedure("tokens.manage")
    .input(revokeTokenInput)
    .mutation(({ ctx, input }) => revokeToken(ctx.svc, input)),
});

export const flagsRouter = router({
  list: permissionProcedure("flags.read").query(({ ctx }) => listFlags(ctx.svc)),
  set: permissionProcedure("flags.manage")
    .input(setFlagInput)
    .mutation(({ ctx, input }) => setFlag(ctx.svc, input)),
});

export const auditRouter = router({
  list: permissionProcedure("audit.read")
    .input(listAuditInput.optional())
    .query(({ ctx, input }) => listAudit(ctx.svc, input ?? {})),
});
