import type { AppServices } from "../../app-services";
import type { ValidSession } from "../../auth/session";
import { auditSessionEvent } from "../audit/audit-session-event";
import { findMembership, rememberTenant, type Membership } from "./memberships";

/**
 * Makes `tenantId` the session's active tenant if — and only if — the person is a member of it.
 * Returns null otherwise (the caller answers as for an unknown tenant).
 */
export async function switchTenant(
  app: Pick<AppServices, "db" | "sessions">,
  session: ValidSession,
  tenantId: string,
  meta: { ip: string; requestId?: string },
): Promise<Membership | null> {
  const membership = await findMembership(app.db, session.user.userId, tenantId);
  if (!membership) return null;
  await app.sessions.setActiveTenant(session.sessionId, tenantId);
  await rememberTenant(app.db, session.user.userId, tenantId);
  const { user } = session;
  await auditSessionEvent(app.db, tenantId, user, { action: "auth.tenant_switched", targetType: "tenant", targetId: tenantId }, meta);
  return membership;
}
