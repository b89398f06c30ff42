import { permissionsOfRole, scopePermissions } from "../../auth/permissions";
import { listMemberships } from "../../services/session/memberships";
import { router } from "../init";
import { authedProcedure } from "../procedures";

export const meRouter = router({
  /** Who is calling: the person and their memberships, or the token and its scopes. */
  get: authedProcedure.query(async ({ ctx }) => {
    const auth = ctx.auth;
    if (auth.kind === "token") {
      const actor = auth.actor;
      const scopes = actor.type === "token" ? actor.scopes : [];
      return {
        kind: "token" as const,
        tenantId: auth.tenantId,
        token: actor.type === "token" ? { tokenId: actor.tokenId, name: actor.name, scopes } : null,
        permissions: [...new Set(scopes.flatMap((s) => scopePermissions[s]))],
      };
    }
    const { user } = auth.session;
    return {
      kind: "user" as const,
      user,
      activeTenantId: auth.membership?.tenantId ?? null,
      role: auth.membership?.role ?? null,
      permissions: auth.membership ? permissionsOfRole(auth.membership.role) : [],
      memberships: await listMemberships(ctx.app.db, user.userId),
    };
  }),
});
