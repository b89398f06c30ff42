import os from "node:os";
import { createPglite, openDatabase, type DatabaseHandle } from "../../db/client";
import { migrateDatabase } from "../../db/migrate";
import { benchAssetCreate } from "./asset-create";
import { generateAssets } from "./asset-generator";
import { benchAssetList } from "./assets-list";
import { benchCompaniesList } from "./companies-list";
import { benchRelationships } from "./relationships";
import { benchStartup } from "./startup";
import { peakRssMb } from "./stats";

// npm run bench [-- startup|companies|assets|relationships|create] — every figure the issues name,
// as JSON lines on stdout. PGlite always; Postgres too when DATABASE_URL is set (each bench makes
// its own tenant there and leaves other data alone). BENCH_ASSETS sets the list bench's size
// (default 100,000 on PGlite, 1,000,000 on Postgres); BENCH_DRIVERS=pglite|postgres picks one side.

const emit = (record: Record<string, unknown>): void => {
  process.stdout.write(`${JSON.stringify(record)}\n`);
};
const machine = () => ({ cpus: os.cpus().length, node: process.version, loadavg_1m: Math.round(os.loadavg()[0] * 100) / 100 });

async function databases(): Promise<{ driver: "pglite" | "postgres"; open: () => Promise<DatabaseHandle> }[]> {
  const list: { driver: "pglite" | "postgres"; open: () => Promise<DatabaseHandle> }[] = [
    { driver: "pglite", open: async () => openDatabase({ pglite: await createPglite() }) },
  ];
  const url = process.env.DATABASE_URL;
  if (url) list.push({ driver: "postgres", open: async () => openDatabase({ databaseUrl: url, maxConnections: 4 }) });
  // BENCH_DRIVERS=postgres (or pglite) runs one side only.
  const only = process.env.BENCH_DRIVERS?.split(",");
  return only ? list.filter((d) => only.includes(d.driver)) : list;
}

async function withEach(fn: (handle: DatabaseHandle, driver: "pglite" | "postgres") => Promise<void>) {
  for (const { driver, open } of await databases()) {
    const handle = await open();
    try {
      await migrateDatabase(handle);
      await fn(handle, driver);
    } finally {
      await handle.close();
    }
  }
}

async function main() {
  const only = process.argv[2];
  const wants = (name: string) => !only || only === name;
  if (wants("startup")) emit({ bench: "npm start (empty DATA_DIR → /healthz 200)", target_ms: 20_000, ...(await benchStartup()), machine: machine() });
  if (wants("companies")) {
    await withEach(async (h, driver) => emit({ bench: "companies.list via tRPC", driver, target_p95_ms: 20, ...(await benchCompaniesList(h)), peak_rss_mb: peakRssMb(), machine: machine() }));
  }
  if (wants("create")) {
    await withEach(async (h, driver) => emit({ bench: "assets.create with history", driver, target_p50_ms: driver === "postgres" ? 5 : null, ...(await benchAssetCreate(h)), machine: machine() }));
  }
  if (wants("relationships")) {
    await withEach(async (h, driver) => emit({ bench: "relationship insert with cycle check, 100,000 edges", driver, target_p95_ms: 10, ...(await benchRelationships(h)), machine: machine() }));
  }
  if (only === "tenants") {
    // 10 tenants × 100,000 assets, each loaded by the same generator, timed as a whole.
    await withEach(async (h, driver) => {
      const started = performance.now();
      const perTenant = Number(process.env.BENCH_ASSETS ?? 100_000);
      for (let t = 0; t < 10; t++) await generateAssets(h, { count: perTenant, companies: 50, label: `${driver}-t${t}` });
      emit({ bench: "asset generator, 10 tenants", driver, assets: perTenant * 10, load_seconds: Math.round((performance.now() - started) / 1000), target_seconds: driver === "postgres" ? 180 : null, machine: machine() });
    });
  }
  if (wants("assets")) {
    await withEach(async (h, driver) => {
      const count = Number(process.env.BENCH_ASSETS ?? (driver === "postgres" ? 1_000_000 : 100_000));
      const world = await generateAssets(h, { count, companies: Math.max(50, Math.round(count / 5000)), label: driver });
      emit({ bench: "asset generator", driver, assets: count, load_seconds: Math.round(world.loadSeconds), analyze_seconds: Math.round(world.analyzeSeconds), target_seconds: driver === "postgres" ? 180 : null, machine: machine() });
      const targets = driver === "postgres" ? { list_p95_ms: 50, search_p95_ms: 100 } : { list_p95_ms: 150, search_p95_ms: 150 };
      emit({ bench: "assets.list", driver, targets, ...(await benchAssetList(h, world)), peak_rss_mb: peakRssMb(), machine: machine() });
    });
  }
}

main().catch((error: unknown) => {
  // Drizzle wraps the driver's error; its cause holds what Postgres said (STACK.md, trap 7).
  const cause = error instanceof Error && error.cause instanceof Error ? `\ncaused by: ${error.cause.message}` : "";
  process.stderr.write(`${error instanceof Error ? error.message.slice(0, 2000) : String(error)}${cause}\n`);
  process.exit(1);
});
