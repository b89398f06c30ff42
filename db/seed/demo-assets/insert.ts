import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { normalizeHostname, normalizeMacList, normalizeSerial } from "../../../server/services/assets/normalize";
import type { Database } from "../../client";
import {
  assetHistory,
  assetMaintenanceRecords,
  assetMaintenanceSchedules,
  assetRelationships,
  assets,
  companies,
  contacts,
  locations,
  tenantAssetSettings,
} from "../../schema";
import { withTenant } from "../../tenant";
import { createRandom } from "../random";
import { extensionTables } from "../../../server/services/assets/extensions";
import { demoFleet } from "./generate";
import { scheduleHistory } from "./schedules";
import { ensureDemoTypes } from "./types";

const CHUNK = 400;
async function insertChunks<T>(rows: T[], write: (chunk: T[]) => Promise<unknown>) {
  for (let i = 0; i < rows.length; i += CHUNK) await write(rows.slice(i, i + CHUNK));
}

/**
 * Seeds about `total` assets across the tenant's companies, with extension data, relationships,
 * maintenance schedules and their service history, and a "created" history row per asset — in
 * multi-row inserts (seconds, not minutes, on the embedded database).
 */
export async function seedDemoAssets(db: Database, tenantId: string, options: { total: number; seed: number; tagPrefix: string }) {
  const r = createRandom(options.seed);
  const now = Date.UTC(2026, 10, 20, 12);
  return withTenant(db, tenantId, async (tx) => {
    const types = await ensureDemoTypes(tx, tenantId);
    const companyRows = await tx.select().from(companies).where(eq(companies.tenant, tenantId));
    const locationRows = await tx.select().from(locations).where(eq(locations.tenant, tenantId));
    const contactRows = await tx.select().from(contacts).where(eq(contacts.tenant, tenantId));
    const weights = companyRows.map(() => 0.3 + r.next() * 2.2);
    const sum = weights.reduce((x, y) => x + y, 0);

    const assetValues: (typeof assets.$inferInsert)[] = [];
    const extensionValues = new Map<keyof typeof extensionTables, Record<string, unknown>[]>();
    const edges: (typeof assetRelationships.$inferInsert)[] = [];
    const schedules: (typeof assetMaintenanceSchedules.$inferInsert)[] = [];
    const records: (typeof assetMaintenanceRecords.$inferInsert)[] = [];
    const history: (typeof assetHistory.$inferInsert)[] = [];
    let seq = 0;

    companyRows.forEach((company, index) => {
      const code = company.code ?? `C${index}`;
      const people = contactRows.filter((c) => c.companyId === company.companyId);
      const places = locationRows.filter((l) => l.companyId === company.companyId);
      const serverRoom = places.find((l) => l.kind === "room") ?? places[0];
      const floors = places.filter((l) => l.kind === "floor");
      const size = Math.max(25, Math.round((options.total * weights[index]) / sum));
      const fleet = demoFleet(r, code, size, people.map((p) => `${p.firstName} ${p.lastName}`), now);
      const ids = new Map<string, string>();
      for (const a of fleet.assets) {
        const assetId = randomUUID();
        ids.set(a.key, assetId);
        const type = types.get(a.typeName)!;
        const core = a.core as Record<string, string | number | string[] | null | undefined>;
        const macs = normalizeMacList((core.macAddresses as string[]) ?? []).macs;
        const values = {
          tenant: tenantId,
          assetId,
          typeId: type.typeId,
          companyId: company.companyId,
          locationId: (a.place === "server_room" ? serverRoom : (r.pick(floors) ?? serverRoom))?.locationId ?? null,
          assignedContactId: a.assignToContact && people.length ? r.pick(people).contactId : null,
          name: a.name,
          assetTag: `${options.tagPrefix}-${String(++seq).padStart(5, "0")}`,
          status: a.status,
          ...core,
          macAddresses: macs,
          serialNormalized: normalizeSerial(core.serialNumber as string | undefined),
          hostnameNormalized: normalizeHostname(core.hostname as string | undefined),
          attributes: a.attributes,
          createdAt: new Date(now - r.int(30, 700) * 86_400_000),
        } as typeof assets.$inferInsert;
        assetValues.push(values);
        if (a.extension && type.kind in extensionTables) {
          const kind = type.kind as keyof typeof extensionTables;
          const lastLoginAt = a.extension.lastLoginAt ? new Date(a.extension.lastLoginAt as string) : undefined;
          extensionValues.set(kind, [...(extensionValues.get(kind) ?? []), { tenant: tenantId, assetId, ...a.extension, ...(lastLoginAt ? { lastLoginAt } : {}) }]);
        }
        // The "created" row holds every value set, keyed as the services key them.
        const { tenant: _t, assetId: _id, serialNormalized: _s, hostnameNormalized: _h, createdAt, attributes, ...shown } = values;
        const prefixed = (prefix: string, o: Record<string, unknown>) => Object.entries(o).map(([k, v]) => [`${prefix}${k}`, v] as const);
        const diff = Object.fromEntries(
          [...Object.entries(shown), ...prefixed("extension.", a.extension ?? {}), ...prefixed("attributes.", (attributes ?? {}) as Record<string, unknown>)]
            .filter(([, v]) => v != null && !(Array.isArray(v) && v.length === 0))
            .map(([k, v]) => [k, { from: null, to: v }]),
        );
        history.push({ tenant: tenantId, assetId, at: createdAt, actorType: "system", actorLabel: "system:demo-seed", changeType: "created", diff, source: "import", sourceRef: "demo-seed" });
        if (a.status === "in_repair" || a.status === "retired") {
          history.push({ tenant: tenantId, assetId, at: new Date(now - r.int(1, 25) * 86_400_000), actorType: "system", actorLabel: "system:demo-seed", changeType: "status_changed", diff: { status: { from: "deployed", to: a.status } }, source: "import", sourceRef: "demo-seed" });
        }
      }
      for (const e of fleet.edges) edges.push({ tenant: tenantId, typeKey: e.typeKey, parentAssetId: ids.get(e.parent)!, childAssetId: ids.get(e.child)! });
      for (const s of fleet.schedules) {
        const plan = scheduleHistory(r, s, now);
        const scheduleId = randomUUID();
        const assetId = ids.get(s.assetKey)!;
        schedules.push({ tenant: tenantId, scheduleId, assetId, title: s.title, maintenanceType: s.maintenanceType as "inspection", frequency: s.frequency, intervalCount: s.intervalCount, config: plan.config, startsOn: plan.startsOn, nextMaintenance: plan.nextMaintenance, lastMaintenance: plan.lastMaintenance });
        for (const rec of plan.records) {
          records.push({ tenant: tenantId, assetId, scheduleId, dueOn: rec.dueOn, performedAt: rec.performedAt, performedByName: "Theo Technician", maintenanceType: s.maintenanceType as "inspection", outcome: rec.outcome, durationMinutes: r.int(10, 90), notes: rec.outcome === "partial" ? "Follow-up needed" : null });
        }
      }
    });

    await insertChunks(assetValues, (chunk) => tx.insert(assets).values(chunk));
    for (const [kind, rows] of extensionValues) {
      const table = extensionTables[kind];
      await insertChunks(rows, (chunk) => tx.insert(table).values(chunk as (typeof table.$inferInsert)[]));
    }
    await insertChunks(edges, (chunk) => tx.insert(assetRelationships).values(chunk).onConflictDoNothing());
    await insertChunks(schedules, (chunk) => tx.insert(assetMaintenanceSchedules).values(chunk));
    await insertChunks(records, (chunk) => tx.insert(assetMaintenanceRecords).values(chunk));
    await insertChunks(history, (chunk) => tx.insert(assetHistory).values(chunk));
    await tx
      .update(tenantAssetSettings)
      .set({ assetTagPattern: `${options.tagPrefix}-{seq:5}`, nextAssetTagSeq: seq + 1 })
      .where(eq(tenantAssetSettings.tenant, tenantId));
    return { assets: assetValues.length, relationships: edges.length, schedules: schedules.length, records: records.length };
  });
}
