import { and, count, eq, gt, sql } from "drizzle-orm";
import type { Database } from "../../db/client";
import { loginAttempts } from "../../db/schema";
import { TooManyRequestsError } from "../errors";

export interface ThrottleLimits {
  maxPerAccount: number;
  maxPerIp: number;
  windowMinutes: number;
}

/**
 * Refuses a sign-in when the account or the address has failed too often within the window.
 * Counting failures (not attempts) lets a person who types their password right keep working.
 */
export async function assertNotThrottled(tx: Database, email: string, ip: string, limits: ThrottleLimits) {
  const since = new Date(Date.now() - limits.windowMinutes * 60_000);
  const failed = and(eq(loginAttempts.succeeded, false), gt(loginAttempts.at, since));
  const [[byAccount], [byIp]] = await Promise.all([
    tx
      .select({ n: count() })
      .from(loginAttempts)
      .where(and(failed, eq(sql`lower(${loginAttempts.email})`, email.toLowerCase()))),
    tx
      .select({ n: count() })
      .from(loginAttempts)
      .where(and(failed, eq(loginAttempts.ip, ip))),
  ]);
  const minutes = limits.windowMinutes;
  if (byAccount.n >= limits.maxPerAccount) {
    throw new TooManyRequestsError(
      `Too many failed sign-in attempts for this account. Try again in ${minutes} minutes or ask an administrator to reset the password.`,
      minutes * 60,
    );
  }
  if (byIp.n >= limits.maxPerIp) {
    throw new TooManyRequestsError(
      `Too many failed sign-in attempts from your network address. Try again in ${minutes} minutes.`,
      minutes * 60,
    );
  }
}

export async function recordAttempt(tx: Database, email: string, ip: string, succeeded: boolean) {
  await tx.insert(loginAttempts).values({ email: email.toLowerCase(), ip, succeeded });
}
