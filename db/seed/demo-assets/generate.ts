import type { Random } from "../random";
import * as c from "./catalog";

export interface DemoAsset {
  key: string;
  typeName: string;
  name: string;
  status: string;
  /** Where it stands: the server room, or any floor of the company. */
  place: "server_room" | "floor";
  assignToContact: boolean;
  core: Record<string, unknown>;
  extension: Record<string, unknown> | null;
  attributes: Record<string, unknown>;
}
export interface DemoEdge {
  typeKey: string;
  parent: string;
  child: string;
}
export interface DemoSchedule {
  assetKey: string;
  title: string;
  maintenanceType: string;
  frequency: "monthly" | "quarterly" | "yearly";
  intervalCount: number;
}
export interface DemoFleet {
  assets: DemoAsset[];
  edges: DemoEdge[];
  schedules: DemoSchedule[];
}

const day = 86_400_000;
const isoDay = (t: number) => new Date(t).toISOString().slice(0, 10);
const hex = (r: Random, n: number) => Array.from({ length: n }, () => "0123456789ABCDEF"[r.int(0, 15)]).join("");
const mac = (r: Random) => Array.from({ length: 6 }, () => hex(r, 2)).join(":").toLowerCase();

/** A fleet for one client company of about `size` assets, with its wiring and maintenance plans. */
export function demoFleet(r: Random, code: string, size: number, people: string[], now: number): DemoFleet {
  const assets: DemoAsset[] = [];
  const edges: DemoEdge[] = [];
  const schedules: DemoSchedule[] = [];
  let n = 0;
  const subnet = r.int(1, 250);
  const ip = () => `10.${subnet}.${r.int(0, 3)}.${r.int(10, 250)}`;
  const bought = (years: number, cost: number) => {
    const purchased = now - r.int(30, years * 365) * day;
    const warrantyYears = r.pick([1, 3, 3, 3, 5]);
    return {
      purchaseDate: isoDay(purchased),
      purchaseCost: Math.round(cost * (0.85 + r.next() * 0.3)),
      currency: "USD",
      warrantyStart: isoDay(purchased),
      warrantyEnd: isoDay(purchased + warrantyYears * 365 * day),
      warrantyProvider: r.pick(c.warrantyProviders),
      endOfLifeDate: isoDay(purchased + 5 * 365 * day),
    };
  };
  const status = () => r.pick(["deployed", "deployed", "deployed", "deployed", "deployed", "deployed", "deployed", "deployed", "in_stock", "in_repair", "retired", "ordered"]);
  const add = (a: Omit<DemoAsset, "key">) => {
    const key = `${code}-${++n}`;
    assets.push({ ...a, key });
    return key;
  };

  const rack = add({ typeName: "Rack", name: `${code} rack A`, status: "deployed", place: "server_room", assignToContact: false, core: { manufacturer: "APC", model: "NetShelter SX 42U", ...bought(6, 1400) }, extension: null, attributes: { rack_units: 42 } });
  const ups = add({ typeName: "UPS", name: `${code}-UPS01`, status: "deployed", place: "server_room", assignToContact: false, core: { ...r.pick(c.upses), serialNumber: `AS${hex(r, 10)}`, ipAddresses: [ip()], ...bought(4, 1800) }, extension: null, attributes: { capacity_va: r.pick([1500, 2200, 3000]), battery_installed: isoDay(now - r.int(100, 900) * day) } });
  edges.push({ typeKey: "contains", parent: rack, child: ups });
  schedules.push({ assetKey: ups, title: "Battery self-test and inspection", maintenanceType: "inspection", frequency: "quarterly", intervalCount: 1 });

  const fw = add({ typeName: "Firewall", name: `${code}-FW01`, status: "deployed", place: "server_room", assignToContact: false, core: { ...r.pick(c.firewalls), serialNumber: `FGT${hex(r, 11)}`, macAddresses: [mac(r)], ipAddresses: [`10.${subnet}.0.1`], ...bought(4, 900) }, extension: { deviceType: "firewall", managementIp: `10.${subnet}.0.1`, portCount: 10, firmwareVersion: `7.2.${r.int(4, 8)}`, poeCapable: false, powerDrawW: 24 }, attributes: {} });
  edges.push({ typeKey: "contains", parent: rack, child: fw }, { typeKey: "powered_by", parent: fw, child: ups });
  schedules.push({ assetKey: fw, title: "Firmware review and update", maintenanceType: "update", frequency: "quarterly", intervalCount: 1 });

  const switchCount = Math.max(1, Math.round(size / 90));
  const switchKeys: string[] = [];
  for (let i = 1; i <= switchCount; i++) {
    const model = r.pick(c.switches);
    const key = add({ typeName: "Switch", name: `${code}-SW0${i}`, status: "deployed", place: "server_room", assignToContact: false, core: { manufacturer: model.manufacturer, model: model.model, serialNumber: `SW${hex(r, 10)}`, macAddresses: [mac(r)], ipAddresses: [`10.${subnet}.0.${1 + i}`], ...bought(5, 2500) }, extension: { deviceType: "switch", managementIp: `10.${subnet}.0.${1 + i}`, portCount: model.ports, firmwareVersion: `17.9.${r.int(1, 5)}`, poeCapable: model.poe, poeBudgetW: model.poe ? 370 : null, powerDrawW: model.poe ? 120 : 35, vlans: [{ id: 1, name: "default" }, { id: 10, name: "staff" }, { id: 20, name: "voice" }, { id: 99, name: "guest" }] }, attributes: {} });
    switchKeys.push(key);
    edges.push({ typeKey: "contains", parent: rack, child: key }, { typeKey: "powered_by", parent: key, child: ups }, { typeKey: "connected_to", parent: key, child: fw });
  }
  schedules.push({ assetKey: switchKeys[0], title: "Annual network inspection", maintenanceType: "inspection", frequency: "yearly", intervalCount: 1 });
  for (let i = 1; i <= Math.max(2, Math.round(size / 40)); i++) {
    const model = r.pick(c.accessPoints);
    const key = add({ typeName: "Access point", name: `${code}-AP${String(i).padStart(2, "0")}`, status: "deployed", place: "floor", assignToContact: false, core: { ...model, serialNumber: `AP${hex(r, 10)}`, macAddresses: [mac(r)], ipAddresses: [ip()], ...bought(4, 350) }, extension: { deviceType: "access_point", managementIp: ip(), portCount: 1, firmwareVersion: `6.6.${r.int(50, 77)}`, poeCapable: true, powerDrawW: 13 }, attributes: {} });
    edges.push({ typeKey: "connected_to", parent: key, child: r.pick(switchKeys) });
  }

  // Hypervisor hosts and their VMs: DC first, so every other VM can depend on it without cycles.
  const hostKeys: string[] = [];
  const vmRoles = ["DC", "FS", "SQL", "APP", "RDS", "PRINT"];
  let dc: string | null = null;
  const hostCount = size > 250 ? 3 : size > 100 ? 2 : 1;
  for (let h = 1; h <= hostCount; h++) {
    const os = c.serverOs[0];
    const host = add({ typeName: "Physical server", name: `${code}-HV0${h}`, status: "deployed", place: "server_room", assignToContact: false, core: { ...r.pick(c.hosts), serialNumber: `${hex(r, 7)}`, hostname: `${code.toLowerCase()}-hv0${h}.${code.toLowerCase()}.local`, macAddresses: [mac(r), mac(r)], ipAddresses: [`10.${subnet}.1.${10 + h}`], ...bought(5, 9000) }, extension: { osName: os.name, osVersion: os.version, cpuModel: r.pick(c.serverCpus), cpuSockets: 2, cpuCores: 32, ramMb: r.pick([131072, 262144]), storageGb: r.pick([3840, 7680]), raidLevel: "RAID 10", virtualizationRole: "host", hypervisor: r.pick(["Hyper-V", "VMware ESXi 8.0"]), roles: ["Hyper-V"] }, attributes: {} });
    hostKeys.push(host);
    edges.push({ typeKey: "contains", parent: rack, child: host }, { typeKey: "powered_by", parent: host, child: ups }, { typeKey: "connected_to", parent: host, child: switchKeys[0] });
    schedules.push({ assetKey: host, title: "Monthly patching and reboot", maintenanceType: "update", frequency: "monthly", intervalCount: 1 });
    for (let v = 0; v < r.int(2, 4); v++) {
      const role = vmRoles[(h - 1 + v * hostCount) % vmRoles.length];
      const os = role === "APP" ? r.pick(c.serverOs) : r.pick(c.serverOs.slice(0, 2));
      const vm = add({ typeName: "Virtual machine", name: `${code}-${role}0${h}`, status: "deployed", place: "server_room", assignToContact: false, core: { manufacturer: "Microsoft", model: "Virtual Machine", hostname: `${code.toLowerCase()}-${role.toLowerCase()}0${h}.${code.toLowerCase()}.local`, macAddresses: [mac(r)], ipAddresses: [`10.${subnet}.1.${30 + h * 10 + v}`] }, extension: { osName: os.name, osVersion: os.version, cpuCores: r.pick([2, 4, 8]), ramMb: r.pick([8192, 16384, 32768]), storageGb: r.pick([120, 250, 500, 1000]), virtualizationRole: "guest", roles: [role] }, attributes: {} });
      edges.push({ typeKey: "runs_on", parent: vm, child: host });
      if (role === "DC" && !dc) dc = vm;
      else if (dc) edges.push({ typeKey: "depends_on", parent: vm, child: dc });
    }
  }

  for (let p = 1; p <= Math.max(1, Math.round(size / 60)); p++) {
    const model = r.pick(c.printers);
    add({ typeName: "Printer", name: `${model.model} (Floor ${p})`, status: status(), place: "floor", assignToContact: false, core: { manufacturer: model.manufacturer, model: model.model, serialNumber: `PR${hex(r, 9)}`, macAddresses: [mac(r)], ipAddresses: [ip()], ...bought(5, model.color ? 2200 : 450) }, extension: { ipAddress: ip(), connection: "network", color: model.color, duplex: true, pageCount: r.int(2000, 250000), supplyLevels: model.color ? { black: r.int(5, 100), cyan: r.int(5, 100), magenta: r.int(5, 100), yellow: r.int(5, 100) } : { black: r.int(5, 100) } }, attributes: {} });
  }
  for (let m = 0; m < Math.round(size * 0.08); m++) {
    const phone = r.pick(c.phones);
    add({ typeName: "Mobile device", name: `${phone.model} – ${r.pick(people)}`, status: status(), place: "floor", assignToContact: true, core: { manufacturer: phone.manufacturer, model: phone.model, serialNumber: `${hex(r, 12)}`, ...bought(3, 800) }, extension: { imei: String(r.int(350000000, 359999999)) + String(r.int(1000000, 9999999)), phoneNumber: `+1 ${r.int(200, 989)}-555-${String(r.int(0, 9999)).padStart(4, "0")}`, carrier: r.pick(c.carriers), osName: phone.os, osVersion: phone.version, mdmEnrolled: r.chance(0.9), supervised: r.chance(0.6) }, attributes: {} });
  }
  const remaining = Math.max(0, size - assets.length);
  for (let w = 0; w < remaining; w++) {
    const laptop = r.chance(0.55);
    const model = laptop ? r.pick(c.laptops) : r.pick(c.desktops);
    const mac0 = model.manufacturer === "Apple";
    const os = mac0 ? c.macOs[0] : r.pick(c.workstationOs);
    const number = String(w + 1).padStart(3, "0");
    const host = `${code}-${laptop ? "LT" : "WS"}-${number}`;
    add({
      typeName: laptop ? "Laptop" : "Desktop",
      name: host,
      status: status(),
      place: "floor",
      assignToContact: r.chance(0.8),
      core: { manufacturer: model.manufacturer, model: model.model, serialNumber: r.chance(0.03) ? "To be filled by O.E.M." : `${hex(r, 3)}${hex(r, 4)}`, hostname: `${host.toLowerCase()}.${code.toLowerCase()}.local`, macAddresses: [mac(r)], ipAddresses: [ip()], tags: r.chance(0.1) ? ["vip"] : [], ...bought(5, laptop ? 1300 : 900) },
      extension: { osName: os.name, osVersion: os.version, osBuild: os.build, cpuModel: mac0 ? "Apple M2" : r.pick(c.cpus.slice(0, 4)), cpuCores: r.pick([8, 10, 12]), ramMb: r.pick([8192, 16384, 16384, 32768]), storageGb: r.pick([256, 512, 512, 1024]), domain: mac0 ? null : `${code.toLowerCase()}.local`, lastLoginUser: r.pick(people).toLowerCase().replace(/[^a-z.]/g, ""), lastLoginAt: new Date(now - r.int(0, 20) * day).toISOString(), installedSoftware: r.shuffle(c.software).slice(0, r.int(3, 6)) },
      attributes: laptop ? { screen_inches: "screen" in model ? model.screen : 14, encrypted: r.chance(0.92) } : {},
    });
  }
  return { assets, edges, schedules };
}
