import { sql } from "drizzle-orm";
import { index, jsonb, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { idColumn, tenantColumn } from "./columns";
import { tenants } from "./tenancy";

export type ActorType = "user" | "token" | "system";

/** Security and settings events of a tenant: sign-ins, roles, tokens, flags, company changes. */
export const auditLog = pgTable(
  "audit_log",
  {
    tenant: tenantColumn().references(() => tenants.tenantId, { onDelete: "cascade" }),
    auditId: idColumn("audit_id"),
    // Millisecond precision so keyset cursors round-trip through JavaScript dates exactly;
    // clock_timestamp() so several events of one transaction keep their order.
    at: timestamp("at", { withTimezone: true, mode: "date" })
      .notNull()
      .default(sql`date_trunc('milliseconds', clock_timestamp())`),
    actorType: text("actor_type").$type<ActorType>().notNull(),
    actorId: uuid("actor_id"),
    actorLabel: text("actor_label").notNull(),
    action: text("action").notNull(),
    targetType: text("target_type"),
    targetId: text("target_id"),
    details: jsonb("details").$type<Record<string, unknown>>().notNull().default({}),
    ip: text("ip"),
    requestId: text("request_id"),
  },
  (t) => [
    primaryKey({ columns: [t.tenant, t.auditId] }),
    index("audit_log_at_idx").on(t.tenant, t.at.desc(), t.auditId),
    index("audit_log_action_idx").on(t.tenant, t.action, t.at.desc()),
  ],
);
