import { type AnyPgColumn, boolean, foreignKey, integer, jsonb, numeric, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { tenantColumn } from "./columns";
import { assets } from "./assets";

// One row per asset of the built-in kinds, with typed columns. Reads merge them into the asset.

const assetKey = () => ({ tenant: tenantColumn(), assetId: uuid("asset_id").notNull() });
const keyAndOwner = (t: { tenant: AnyPgColumn; assetId: AnyPgColumn }) => [
  primaryKey({ columns: [t.tenant, t.assetId] }),
  foreignKey({ columns: [t.tenant, t.assetId], foreignColumns: [assets.tenant, assets.assetId] }).onDelete("cascade"),
];

export interface InstalledSoftware {
  name: string;
  version?: string;
  publisher?: string;
}

export const workstationAssets = pgTable(
  "workstation_assets",
  {
    ...assetKey(),
    osName: text("os_name"),
    osVersion: text("os_version"),
    osBuild: text("os_build"),
    cpuModel: text("cpu_model"),
    cpuCores: integer("cpu_cores"),
    ramMb: integer("ram_mb"),
    storageGb: integer("storage_gb"),
    gpu: text("gpu"),
    domain: text("domain"),
    lastLoginUser: text("last_login_user"),
    lastLoginAt: timestamp("last_login_at", { withTimezone: true, mode: "date" }),
    installedSoftware: jsonb("installed_software").$type<InstalledSoftware[]>(),
  },
  keyAndOwner,
);

export const serverAssets = pgTable(
  "server_assets",
  {
    ...assetKey(),
    osName: text("os_name"),
    osVersion: text("os_version"),
    cpuModel: text("cpu_model"),
    cpuSockets: integer("cpu_sockets"),
    cpuCores: integer("cpu_cores"),
    ramMb: integer("ram_mb"),
    storageGb: integer("storage_gb"),
    raidLevel: text("raid_level"),
    /** host, guest or none (physical, not virtualised). */
    virtualizationRole: text("virtualization_role"),
    hypervisor: text("hypervisor"),
    roles: text("roles").array(),
  },
  keyAndOwner,
);

export interface VlanConfig {
  id: number;
  name?: string;
}

export const networkDeviceAssets = pgTable(
  "network_device_assets",
  {
    ...assetKey(),
    /** switch, router, firewall, access_point, gateway, other */
    deviceType: text("device_type"),
    managementIp: text("management_ip"),
    portCount: integer("port_count"),
    firmwareVersion: text("firmware_version"),
    poeCapable: boolean("poe_capable"),
    poeBudgetW: numeric("poe_budget_w", { precision: 8, scale: 1, mode: "number" }),
    powerDrawW: numeric("power_draw_w", { precision: 8, scale: 1, mode: "number" }),
    vlans: jsonb("vlans").$type<VlanConfig[]>(),
    portConfig: jsonb("port_config").$type<Record<string, unknown>>(),
  },
  keyAndOwner,
);

export const mobileDeviceAssets = pgTable(
  "mobile_device_assets",
  {
    ...assetKey(),
    imei: text("imei"),
    phoneNumber: text("phone_number"),
    carrier: text("carrier"),
    osName: text("os_name"),
    osVersion: text("os_version"),
    mdmEnrolled: boolean("mdm_enrolled"),
    supervised: boolean("supervised"),
  },
  keyAndOwner,
);

export const printerAssets = pgTable(
  "printer_assets",
  {
    ...assetKey(),
    ipAddress: text("ip_address"),
    /** network or local */
    connection: text("connection"),
    color: boolean("color"),
    duplex: boolean("duplex"),
    pageCount: integer("page_count"),
    /** Percent remaining per supply, e.g. { black: 64, cyan: 20 }. */
    supplyLevels: jsonb("supply_levels").$type<Record<string, number>>(),
  },
  keyAndOwner,
);
