import { TRPCError } from "@trpc/server";
import { withTenant } from "../../db/tenant";
import type { Permission } from "../auth/permissions";
import { actorCan, type ServiceContext } from "../context";
import { actorOf, tenantOf } from "../http/request-auth";
import { baseProcedure } from "./init";

// Procedures are layered: public → authed → tenant → permission. Each layer narrows the context.

export const publicProcedure = baseProcedure;

/** A signed-in person (session) or an internal service (token). */
export const authedProcedure = publicProcedure.use(({ ctx, next }) => {
  if (ctx.authError) throw ctx.authError;
  if (!ctx.auth) throw new TRPCError({ code: "UNAUTHORIZED", message: "Sign in or send an API token" });
  return next({ ctx: { auth: ctx.auth } });
});

class Rollback {
  constructor(public readonly result: unknown) {}
}

/**
 * Runs the procedure inside withTenant for the tenant of the session or token. A failed procedure
 * rolls the transaction back, so nothing it wrote survives.
 */
export const tenantProcedure = authedProcedure.use(async ({ ctx, next }) => {
  const tenantId = tenantOf(ctx.auth);
  const actor = actorOf(ctx.auth);
  if (!tenantId || !actor) throw new TRPCError({ code: "FORBIDDEN", message: "Your account is not a member of any workspace" });
  const userId = actor.type === "user" ? actor.userId : undefined;
  const proceed = (svc: ServiceContext) => next({ ctx: { svc } });
  type Result = Awaited<ReturnType<typeof proceed>>;
  try {
    return await withTenant(
      ctx.app.db,
      tenantId,
      async (tx) => {
        const svc: ServiceContext = { tenantId, actor, db: tx, requestId: ctx.meta.requestId, ip: ctx.meta.ip };
        const result = await proceed(svc);
        if (!result.ok) throw new Rollback(result);
        return result;
      },
      { userId },
    );
  } catch (error) {
    if (error instanceof Rollback) return error.result as Result;
    throw error;
  }
});

/** A tenant procedure that also needs one permission of the map (checked before any query). */
export function permissionProcedure(permission: Permission) {
  return tenantProcedure.use(({ ctx, next }) => {
    if (!actorCan(ctx.svc.actor, permission)) {
      throw new TRPCError({ code: "FORBIDDEN", message: `You do not have permission to do this (${permission})` });
    }
    return next();
  });
}
