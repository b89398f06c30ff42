import { and, eq } from "drizzle-orm";
import type { Database } from "../../client";
import { assetTypes, type AttributeField } from "../../schema";

/** The custom types an MSP adds on day one, under the built-in kinds. */
const customTypes: { name: string; parent: string; fields?: AttributeField[] }[] = [
  {
    name: "Laptop",
    parent: "Workstation",
    fields: [
      { key: "screen_inches", label: "Screen size", kind: "number", min: 10, max: 20, unit: "in" },
      { key: "encrypted", label: "Disk encrypted (BitLocker / FileVault)", kind: "boolean", required: true, default: false },
    ],
  },
  { name: "Desktop", parent: "Workstation" },
  { name: "Physical server", parent: "Server" },
  { name: "Virtual machine", parent: "Server" },
  { name: "Switch", parent: "Network device" },
  { name: "Firewall", parent: "Network device" },
  { name: "Access point", parent: "Network device" },
  {
    name: "UPS",
    parent: "Other",
    fields: [
      { key: "capacity_va", label: "Capacity", kind: "integer", min: 300, max: 20000, unit: "VA" },
      { key: "battery_installed", label: "Battery installed", kind: "date", help: "Replace batteries every 3–5 years" },
    ],
  },
  { name: "Rack", parent: "Other", fields: [{ key: "rack_units", label: "Height", kind: "integer", min: 1, max: 60, unit: "U", required: true }] },
];

/** Creates the custom demo types (inside the tenant's transaction); returns every type by name. */
export async function ensureDemoTypes(tx: Database, tenantId: string) {
  const existing = await tx.select().from(assetTypes).where(eq(assetTypes.tenant, tenantId));
  const byName = new Map(existing.map((t) => [t.name, t]));
  for (const t of customTypes) {
    if (byName.has(t.name)) continue;
    const parent = byName.get(t.parent)!;
    const [row] = await tx
      .insert(assetTypes)
      .values({ tenant: tenantId, parentTypeId: parent.typeId, name: t.name, kind: parent.kind, attributesSchema: t.fields ?? [] })
      .returning();
    byName.set(row.name, row);
  }
  return byName;
}

export async function builtinType(tx: Database, tenantId: string, name: string) {
  const [row] = await tx.select().from(assetTypes).where(and(eq(assetTypes.tenant, tenantId), eq(assetTypes.name, name)));
  return row;
}
