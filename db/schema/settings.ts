import { boolean, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { tenantColumn } from "./columns";
import { tenants, users } from "./tenancy";

/** Per-tenant switches for features (keys are registered in server/features.ts). */
export const featureFlags = pgTable(
  "feature_flags",
  {
    tenant: tenantColumn().references(() => tenants.tenantId, { onDelete: "cascade" }),
    key: text("key").notNull(),
    enabled: boolean("enabled").notNull(),
    updatedAt: timestamp("updated_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
    updatedBy: uuid("updated_by").references(() => users.userId, { onDelete: "set null" }),
  },
  (t) => [primaryKey({ columns: [t.tenant, t.key] })],
);
