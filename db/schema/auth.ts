import { sql } from "drizzle-orm";
import { boolean, index, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { createdAt, idColumn, tenantColumn } from "./columns";
import { tenants, users } from "./tenancy";
import type { TokenScope } from "./values";

/** lucia sessions. Global (a session belongs to a person), with the active tenant kept here. */
export const sessions = pgTable(
  "sessions",
  {
    id: text("id").primaryKey(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.userId, { onDelete: "cascade" }),
    expiresAt: timestamp("expires_at", { withTimezone: true, mode: "date" }).notNull(),
    activeTenantId: uuid("active_tenant_id").references(() => tenants.tenantId, { onDelete: "set null" }),
    ip: text("ip"),
    userAgent: text("user_agent"),
    createdAt: createdAt(),
  },
  (t) => [index("sessions_user_idx").on(t.userId)],
);

/** Every sign-in attempt, for throttling per account and per address. */
export const loginAttempts = pgTable(
  "login_attempts",
  {
    attemptId: idColumn("attempt_id").primaryKey(),
    email: text("email").notNull(),
    ip: text("ip").notNull(),
    succeeded: boolean("succeeded").notNull(),
    at: timestamp("at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
  },
  (t) => [
    index("login_attempts_email_idx").on(sql`lower(${t.email})`, t.at),
    index("login_attempts_ip_idx").on(t.ip, t.at),
  ],
);

export { tokenScopes, type TokenScope } from "./values";

/** API tokens for internal services. Only a SHA-256 of the secret is stored. */
export const apiTokens = pgTable(
  "api_tokens",
  {
    tenant: tenantColumn().references(() => tenants.tenantId, { onDelete: "cascade" }),
    tokenId: idColumn("token_id"),
    name: text("name").notNull(),
    secretHash: text("secret_hash").notNull(),
    /** A short, harmless form of the token ("tsr_…" and the last characters), so a person can tell tokens apart. */
    displayPrefix: text("display_prefix").notNull(),
    scopes: text("scopes").array().$type<TokenScope[]>().notNull(),
    createdBy: uuid("created_by").references(() => users.userId, { onDelete: "set null" }),
    createdAt: createdAt(),
    expiresAt: timestamp("expires_at", { withTimezone: true, mode: "date" }),
    lastUsedAt: timestamp("last_used_at", { withTimezone: true, mode: "date" }),
    revokedAt: timestamp("revoked_at", { withTimezone: true, mode: "date" }),
  },
  (t) => [
    primaryKey({ columns: [t.tenant, t.tokenId] }),
    index("api_tokens_created_idx").on(t.tenant, t.createdAt),
  ],
);
