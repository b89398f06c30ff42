import type { AppServices } from "../app-services";
import { auditSessionEvent } from "../services/audit/audit-session-event";
import type { RequestAuth, RequestMeta } from "../http/request-auth";

/** Ends the session (and records it in the active tenant); returns the cookie that clears it. */
export async function signOut(app: Pick<AppServices, "db" | "sessions">, auth: RequestAuth | null, meta: RequestMeta): Promise<string> {
  if (auth?.kind === "session") {
    await app.sessions.invalidate(auth.session.sessionId);
    if (auth.membership) {
      const { user } = auth.session;
      await auditSessionEvent(app.db, auth.membership.tenantId, user, { action: "auth.logout", targetType: "user", targetId: user.userId }, meta);
    }
  }
  return app.sessions.blankCookie(meta.secure);
}
