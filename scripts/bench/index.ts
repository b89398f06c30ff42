import os from "node:os";
import { createPglite, openDatabase } from "../../db/client";
import { migrateDatabase } from "../../db/migrate";
import { benchCompaniesList } from "./companies-list";
import { benchStartup } from "./startup";
import { peakRssMb } from "./stats";

// npm run bench — every figure the issues name, as JSON on stdout. PGlite always; Postgres too
// when DATABASE_URL is set (the bench creates its own tenant there and leaves other data alone).
// Targets: npm start on an empty DATA_DIR ≤ 20 s; companies.list p95 ≤ 20 ms at 1,000 companies.

const emit = (record: Record<string, unknown>) => process.stdout.write(`${JSON.stringify(record)}\n`);

async function main() {
  const only = process.argv[2];
  const machine = { cpus: os.cpus().length, node: process.version, loadavg_1m: os.loadavg()[0] };

  if (!only || only === "startup") {
    emit({ bench: "npm start (empty DATA_DIR → /healthz 200)", target_ms: 20_000, ...(await benchStartup()), machine });
  }
  if (!only || only === "companies") {
    const pglite = await openDatabase({ pglite: await createPglite() });
    await migrateDatabase(pglite);
    emit({ bench: "companies.list via tRPC", driver: "pglite", target_p95_ms: 20, ...(await benchCompaniesList(pglite)), peak_rss_mb: peakRssMb(), machine });
    await pglite.close();
    if (process.env.DATABASE_URL) {
      const pg = await openDatabase({ databaseUrl: process.env.DATABASE_URL, maxConnections: 4 });
      await migrateDatabase(pg);
      emit({ bench: "companies.list via tRPC", driver: "postgres", target_p95_ms: 20, ...(await benchCompaniesList(pg)), machine });
      await pg.close();
    }
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
