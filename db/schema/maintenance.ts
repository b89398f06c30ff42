import { sql } from "drizzle-orm";
import { boolean, date, foreignKey, index, integer, jsonb, numeric, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { createdAt, idColumn, tenantColumn, updatedAt } from "./columns";
import { assets } from "./assets";
import { users } from "./tenancy";
import type { MaintenanceFrequency, MaintenanceOutcome, MaintenanceType } from "./values";

/** When in the period a schedule falls: weekday for weekly, day of month ("last" allowed), month for yearly. */
export interface ScheduleConfig {
  weekday?: number;
  dayOfMonth?: number | "last";
  month?: number;
}

export const assetMaintenanceSchedules = pgTable(
  "asset_maintenance_schedules",
  {
    tenant: tenantColumn(),
    scheduleId: idColumn("schedule_id"),
    assetId: uuid("asset_id").notNull(),
    title: text("title").notNull(),
    maintenanceType: text("maintenance_type").$type<MaintenanceType>().notNull(),
    frequency: text("frequency").$type<MaintenanceFrequency>().notNull(),
    /** Every N periods (every 2 weeks, every 6 months). */
    intervalCount: integer("interval_count").notNull().default(1),
    config: jsonb("config").$type<ScheduleConfig>().notNull().default({}),
    startsOn: date("starts_on").notNull(),
    nextMaintenance: date("next_maintenance").notNull(),
    lastMaintenance: date("last_maintenance"),
    active: boolean("active").notNull().default(true),
    notes: text("notes"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.tenant, t.scheduleId] }),
    foreignKey({ columns: [t.tenant, t.assetId], foreignColumns: [assets.tenant, assets.assetId] }).onDelete("cascade"),
    index("maintenance_schedules_asset_idx").on(t.tenant, t.assetId),
    index("maintenance_schedules_due_idx").on(t.tenant, t.nextMaintenance).where(sql`${t.active}`),
  ],
);

/** The service history: one row per maintenance performed. */
export const assetMaintenanceRecords = pgTable(
  "asset_maintenance_records",
  {
    tenant: tenantColumn(),
    recordId: idColumn("record_id"),
    assetId: uuid("asset_id").notNull(),
    scheduleId: uuid("schedule_id"),
    /** The occurrence this record fulfils (a schedule's due date), for on-time compliance. */
    dueOn: date("due_on"),
    performedAt: timestamp("performed_at", { withTimezone: true, mode: "date" }).notNull(),
    performedByUserId: uuid("performed_by_user_id").references(() => users.userId, { onDelete: "set null" }),
    performedByName: text("performed_by_name").notNull(),
    maintenanceType: text("maintenance_type").$type<MaintenanceType>().notNull(),
    outcome: text("outcome").$type<MaintenanceOutcome>().notNull(),
    notes: text("notes"),
    durationMinutes: integer("duration_minutes"),
    cost: numeric("cost", { precision: 12, scale: 2, mode: "number" }),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.tenant, t.recordId] }),
    foreignKey({ columns: [t.tenant, t.assetId], foreignColumns: [assets.tenant, assets.assetId] }).onDelete("cascade"),
    foreignKey({ columns: [t.tenant, t.scheduleId], foreignColumns: [assetMaintenanceSchedules.tenant, assetMaintenanceSchedules.scheduleId] }).onDelete("set null"),
    index("maintenance_records_asset_idx").on(t.tenant, t.assetId, t.performedAt.desc()),
    index("maintenance_records_schedule_idx").on(t.tenant, t.scheduleId, t.dueOn),
  ],
);
