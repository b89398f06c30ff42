import { eq, sql } from "drizzle-orm";
import { z } from "zod";
import { users } from "../../db/schema";
import { withAppRole } from "../../db/tenant";
import type { AppServices } from "../app-services";
import { UnauthorizedError } from "../errors";
import { auditSessionEvent } from "../services/audit/audit-session-event";
import { defaultMembership, listMemberships, type Membership } from "../services/session/memberships";
import { parseInput } from "../services/validate";
import { verifyAgainstDummy, verifyPassword } from "./password";
import { assertNotThrottled, recordAttempt } from "./throttle";

export const signInInput = z.object({
  email: z.string().trim().min(1, "is required").max(320).email("must be an email address"),
  password: z.string().min(1, "is required").max(1000, "is too long"),
});

export interface RequestMeta {
  ip: string;
  userAgent: string | null;
  secure: boolean;
  requestId?: string;
}

/** One answer for an unknown email and a wrong password, so the form reveals no accounts. */
const wrongCredentials = () => new UnauthorizedError("The email or password is incorrect");

export async function signIn(
  app: Pick<AppServices, "db" | "config" | "sessions" | "log">,
  rawInput: z.input<typeof signInInput>,
  meta: RequestMeta,
): Promise<{ setCookie: string; userId: string; membership: Membership }> {
  const { email, password } = parseInput(signInInput, rawInput);
  const { db, config } = app;
  await withAppRole(db, (tx) =>
    assertNotThrottled(tx, email, meta.ip, {
      maxPerAccount: config.LOGIN_MAX_FAILURES_PER_ACCOUNT,
      maxPerIp: config.LOGIN_MAX_FAILURES_PER_IP,
      windowMinutes: config.LOGIN_THROTTLE_WINDOW_MINUTES,
    }),
  );
  const [user] = await withAppRole(db, (tx) =>
    tx.select().from(users).where(eq(sql`lower(${users.email})`, email.toLowerCase())),
  );
  const passwordOk =
    user?.passwordHash && !user.disabledAt
      ? await verifyPassword(user.passwordHash, password)
      : await verifyAgainstDummy(password);
  await withAppRole(db, (tx) => recordAttempt(tx, email, meta.ip, passwordOk));
  const memberships = user ? await listMemberships(db, user.userId) : [];

  if (!user || !passwordOk) {
    app.log.warn("sign-in failed", { email, ip: meta.ip, knownUser: Boolean(user), requestId: meta.requestId });
    // Each tenant the account belongs to sees the failed attempt in its audit log.
    for (const m of memberships) await auditSessionEvent(app.db, m.tenantId, user!, { action: "auth.login_failed", targetType: "user", targetId: user!.userId, details: { userAgent: meta.userAgent } }, meta);
    throw wrongCredentials();
  }
  const membership = defaultMembership(memberships, user.lastTenantId);
  if (!membership) {
    throw new UnauthorizedError("Your account is not a member of any workspace yet. Ask an administrator to add you.");
  }
  const { setCookie } = await app.sessions.create(
    user.userId,
    { activeTenantId: membership.tenantId, ip: meta.ip, userAgent: meta.userAgent },
    meta.secure,
  );
  await auditSessionEvent(app.db, membership.tenantId, user, { action: "auth.login", targetType: "user", targetId: user.userId, details: { userAgent: meta.userAgent } }, meta);
  return { setCookie, userId: user.userId, membership };
}
