import { and, eq, lt } from "drizzle-orm";
import type { Adapter, DatabaseSession, DatabaseUser } from "lucia";
import type { Database } from "../../db/client";
import { sessions, users } from "../../db/schema";
import { withAppRole } from "../../db/tenant";

/**
 * lucia's storage, written by hand rather than taken from @lucia-auth/adapter-drizzle so that
 * session queries run as the application role like every other query (db/tenant.ts).
 */
export function createSessionAdapter(db: Database): Adapter {
  const toSession = (row: typeof sessions.$inferSelect): DatabaseSession => ({
    id: row.id,
    userId: row.userId,
    expiresAt: row.expiresAt,
    attributes: { activeTenantId: row.activeTenantId, ip: row.ip, userAgent: row.userAgent },
  });
  return {
    async getSessionAndUser(sessionId) {
      const rows = await withAppRole(db, (tx) =>
        tx
          .select({ session: sessions, user: users })
          .from(sessions)
          .innerJoin(users, eq(users.userId, sessions.userId))
          .where(eq(sessions.id, sessionId)),
      );
      const row = rows[0];
      if (!row) return [null, null];
      const user: DatabaseUser = {
        id: row.user.userId,
        attributes: { email: row.user.email, name: row.user.name, disabledAt: row.user.disabledAt },
      };
      return [toSession(row.session), user];
    },
    async getUserSessions(userId) {
      const rows = await withAppRole(db, (tx) => tx.select().from(sessions).where(eq(sessions.userId, userId)));
      return rows.map(toSession);
    },
    async setSession(session) {
      await withAppRole(db, (tx) =>
        tx.insert(sessions).values({
          id: session.id,
          userId: session.userId,
          expiresAt: session.expiresAt,
          activeTenantId: session.attributes.activeTenantId,
          ip: session.attributes.ip,
          userAgent: session.attributes.userAgent,
        }),
      );
    },
    async updateSessionExpiration(sessionId, expiresAt) {
      await withAppRole(db, (tx) => tx.update(sessions).set({ expiresAt }).where(eq(sessions.id, sessionId)));
    },
    async deleteSession(sessionId) {
      await withAppRole(db, (tx) => tx.delete(sessions).where(eq(sessions.id, sessionId)));
    },
    async deleteUserSessions(userId) {
      await withAppRole(db, (tx) => tx.delete(sessions).where(eq(sessions.userId, userId)));
    },
    async deleteExpiredSessions() {
      await withAppRole(db, (tx) => tx.delete(sessions).where(and(lt(sessions.expiresAt, new Date()))));
    },
  };
}
