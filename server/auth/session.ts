import { eq } from "drizzle-orm";
import { Cookie, Lucia, TimeSpan } from "lucia";
import type { Database } from "../../db/client";
import { sessions } from "../../db/schema";
import { withAppRole } from "../../db/tenant";
import { createSessionAdapter } from "./session-adapter";

// lucia v3 is in end-of-life maintenance: everything the app needs from it passes through this
// module, so it can be replaced without touching routes or services.

export const SESSION_COOKIE = "tessera_session";

function createLucia(db: Database, ttlDays: number) {
  return new Lucia(createSessionAdapter(db), {
    sessionExpiresIn: new TimeSpan(Math.round(ttlDays * 24 * 60), "m"),
    sessionCookie: { name: SESSION_COOKIE, expires: true, attributes: { sameSite: "lax", secure: false } },
    getSessionAttributes: (a) => ({ activeTenantId: a.activeTenantId }),
    getUserAttributes: (a) => ({ email: a.email, name: a.name, disabledAt: a.disabledAt }),
  });
}

declare module "lucia" {
  interface Register {
    Lucia: ReturnType<typeof createLucia>;
    DatabaseSessionAttributes: { activeTenantId: string | null; ip: string | null; userAgent: string | null };
    DatabaseUserAttributes: { email: string; name: string; disabledAt: Date | null };
  }
}

export interface SessionUser {
  userId: string;
  email: string;
  name: string;
}

export interface ValidSession {
  sessionId: string;
  user: SessionUser;
  activeTenantId: string | null;
  expiresAt: Date;
  /** A Set-Cookie header value when the session was renewed (or must be cleared). */
  setCookie?: string;
}

export interface SessionManager {
  create(userId: string, attrs: { activeTenantId: string | null; ip: string | null; userAgent: string | null }, secure: boolean): Promise<{ sessionId: string; setCookie: string }>;
  validate(cookieHeader: string | null, secure: boolean): Promise<ValidSession | null>;
  invalidate(sessionId: string): Promise<void>;
  invalidateUser(userId: string): Promise<void>;
  setActiveTenant(sessionId: string, tenantId: string): Promise<void>;
  blankCookie(secure: boolean): string;
}

export function createSessionManager(db: Database, options: { ttlDays: number }): SessionManager {
  const lucia = createLucia(db, options.ttlDays);
  // Secure is decided per request (served over https or not), so cookies are re-serialised here.
  const serialize = (cookie: Cookie, secure: boolean) =>
    new Cookie(cookie.name, cookie.value, { ...cookie.attributes, httpOnly: true, secure }).serialize();

  return {
    async create(userId, attrs, secure) {
      const session = await lucia.createSession(userId, attrs);
      return { sessionId: session.id, setCookie: serialize(lucia.createSessionCookie(session.id), secure) };
    },
    async validate(cookieHeader, secure) {
      const sessionId = lucia.readSessionCookie(cookieHeader ?? "");
      if (!sessionId) return null;
      const { session, user } = await lucia.validateSession(sessionId);
      if (!session || !user) return null;
      if (user.disabledAt) {
        await lucia.invalidateSession(session.id);
        return null;
      }
      return {
        sessionId: session.id,
        user: { userId: user.id, email: user.email, name: user.name },
        activeTenantId: session.activeTenantId,
        expiresAt: session.expiresAt,
        // lucia extends a session past half its life and marks it fresh: send the new expiry.
        setCookie: session.fresh ? serialize(lucia.createSessionCookie(session.id), secure) : undefined,
      };
    },
    invalidate: (sessionId) => lucia.invalidateSession(sessionId),
    invalidateUser: (userId) => lucia.invalidateUserSessions(userId),
    async setActiveTenant(sessionId, tenantId) {
      await withAppRole(db, (tx) =>
        tx.update(sessions).set({ activeTenantId: tenantId }).where(eq(sessions.id, sessionId)),
      );
    },
    blankCookie: (secure) => serialize(lucia.createBlankSessionCookie(), secure),
  };
}
