import { withTenant } from "../../db/tenant";
import type { AppServices } from "../app-services";
import { authenticateToken } from "../auth/api-tokens";
import type { ValidSession } from "../auth/session";
import type { Actor, ServiceContext } from "../context";
import { ForbiddenError, UnauthorizedError } from "../errors";
import { defaultMembership, findMembership, listMemberships, type Membership } from "../services/session/memberships";

/** What a request is allowed to be: a person with a session, or an internal service with a token. */
export type RequestAuth =
  | { kind: "session"; session: ValidSession; membership: Membership | null }
  | { kind: "token"; tenantId: string; actor: Actor };

export interface RequestMeta {
  requestId: string;
  ip: string;
  secure: boolean;
  userAgent: string | null;
}

/**
 * Reads `Authorization: Bearer …` or the session cookie. A bad token is an error (the caller meant
 * to authenticate); a missing or expired session is simply no auth. The active tenant is re-checked
 * against the memberships on every request, so a removed member loses access at once.
 */
export async function resolveRequestAuth(app: AppServices, request: Request, meta: RequestMeta): Promise<RequestAuth | null> {
  const authorization = request.headers.get("authorization");
  if (authorization) {
    const [scheme, value] = authorization.split(/\s+/, 2);
    if (scheme?.toLowerCase() !== "bearer" || !value) throw new UnauthorizedError("Use Authorization: Bearer <token>");
    return { kind: "token", ...(await authenticateToken(app.db, value)) };
  }
  const session = await app.sessions.validate(request.headers.get("cookie"), meta.secure);
  if (!session) return null;
  const userId = session.user.userId;
  let membership = session.activeTenantId ? await findMembership(app.db, userId, session.activeTenantId) : null;
  if (!membership) {
    membership = defaultMembership(await listMemberships(app.db, userId));
    if (membership) await app.sessions.setActiveTenant(session.sessionId, membership.tenantId);
  }
  return { kind: "session", session, membership };
}

export function actorOf(auth: RequestAuth): Actor | null {
  if (auth.kind === "token") return auth.actor;
  if (!auth.membership) return null;
  const { user } = auth.session;
  return { type: "user", userId: user.userId, email: user.email, name: user.name, role: auth.membership.role, companyId: auth.membership.companyId };
}

export function tenantOf(auth: RequestAuth): string | null {
  return auth.kind === "token" ? auth.tenantId : (auth.membership?.tenantId ?? null);
}

/**
 * Runs a service for an authenticated request inside withTenant: the tenant comes from the verified
 * session or token, never from input. Loaders, actions and tRPC procedures all come through here.
 */
export async function runAsTenant<T>(
  app: AppServices,
  auth: RequestAuth | null,
  meta: Pick<RequestMeta, "requestId" | "ip">,
  fn: (ctx: ServiceContext) => Promise<T>,
): Promise<T> {
  if (!auth) throw new UnauthorizedError();
  const tenantId = tenantOf(auth);
  const actor = actorOf(auth);
  if (!tenantId || !actor) throw new ForbiddenError("Your account is not a member of any workspace");
  const userId = actor.type === "user" ? actor.userId : undefined;
  return withTenant(app.db, tenantId, (tx) => fn({ tenantId, actor, db: tx, requestId: meta.requestId, ip: meta.ip }), { userId });
}
