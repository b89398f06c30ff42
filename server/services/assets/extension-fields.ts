import { z } from "zod";
import type { AssetKind } from "../../../db/schema/values";
import { isIpAddress } from "./normalize";

// The typed fields of each built-in kind's extension table, as zod schemas shared by the service,
// the API and the forms. Property names match the Drizzle columns in db/schema/asset-extensions.ts.

const text = (max = 200) => z.string().trim().max(max, `must be at most ${max} characters`).nullish();
const count = (max: number) => z.number().int("must be a whole number").min(0, "must not be negative").max(max, `must be at most ${max}`).nullish();
const watts = z.number().min(0, "must not be negative").max(100_000).nullish();
const timestamp = z.coerce.date({ errorMap: () => ({ message: "must be a date and time" }) }).nullish();
const ip = z
  .string()
  .trim()
  .refine((v) => v === "" || isIpAddress(v), "must be an IP address")
  .nullish();

export const workstationFields = z.object({
  osName: text(),
  osVersion: text(),
  osBuild: text(),
  cpuModel: text(),
  cpuCores: count(1024),
  ramMb: count(16_777_216),
  storageGb: count(10_000_000),
  gpu: text(),
  domain: text(),
  lastLoginUser: text(),
  lastLoginAt: timestamp,
  installedSoftware: z
    .array(z.object({ name: z.string().trim().min(1, "is required").max(300), version: z.string().max(100).optional(), publisher: z.string().max(300).optional() }))
    .max(5000, "must list at most 5000 packages")
    .nullish(),
});

export const serverFields = z.object({
  osName: text(),
  osVersion: text(),
  cpuModel: text(),
  cpuSockets: count(64),
  cpuCores: count(4096),
  ramMb: count(268_435_456),
  storageGb: count(100_000_000),
  raidLevel: text(50),
  virtualizationRole: z.enum(["none", "host", "guest"], { errorMap: () => ({ message: "must be one of none, host, guest" }) }).nullish(),
  hypervisor: text(),
  roles: z.array(z.string().trim().min(1).max(100)).max(100).nullish(),
});

export const networkDeviceFields = z.object({
  deviceType: z
    .enum(["switch", "router", "firewall", "access_point", "gateway", "controller", "other"], {
      errorMap: () => ({ message: "must be one of switch, router, firewall, access_point, gateway, controller, other" }),
    })
    .nullish(),
  managementIp: ip,
  portCount: count(10_000),
  firmwareVersion: text(),
  poeCapable: z.boolean().nullish(),
  poeBudgetW: watts,
  powerDrawW: watts,
  vlans: z.array(z.object({ id: z.number().int().min(1, "must be 1–4094").max(4094, "must be 1–4094"), name: z.string().max(100).optional() })).max(4094).nullish(),
  portConfig: z.record(z.unknown()).nullish(),
});

export const mobileDeviceFields = z.object({
  imei: z.string().trim().regex(/^\d{14,16}$/, "must be 14 to 16 digits").nullish().or(z.literal("").transform(() => null)),
  phoneNumber: text(50),
  carrier: text(100),
  osName: text(),
  osVersion: text(),
  mdmEnrolled: z.boolean().nullish(),
  supervised: z.boolean().nullish(),
});

export const printerFields = z.object({
  ipAddress: ip,
  connection: z.enum(["network", "local"], { errorMap: () => ({ message: "must be network or local" }) }).nullish(),
  color: z.boolean().nullish(),
  duplex: z.boolean().nullish(),
  pageCount: count(1_000_000_000),
  supplyLevels: z.record(z.number().min(0, "must be 0–100").max(100, "must be 0–100")).nullish(),
});

export const extensionFieldsByKind = {
  workstation: workstationFields,
  server: serverFields,
  network_device: networkDeviceFields,
  mobile_device: mobileDeviceFields,
  printer: printerFields,
} as const;

export type ExtensionKind = keyof typeof extensionFieldsByKind;
export type ExtensionValues = { [K in ExtensionKind]: z.infer<(typeof extensionFieldsByKind)[K]> }[ExtensionKind];

export const hasExtension = (kind: AssetKind): kind is ExtensionKind => kind in extensionFieldsByKind;
