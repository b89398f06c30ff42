import path from "node:path";
import { pathToFileURL } from "node:url";
import type { ServerBuild } from "@remix-run/node";
import { analyzeStaleTables, openDatabase, type DatabaseHandle } from "../db/client";
import { DataDirBusyError } from "../db/data-dir-lock";
import { migrateDatabase } from "../db/migrate";
import { DEMO_PASSWORD, demoClientLogin, demoLogins, seedDemo } from "../db/seed/demo";
import { createAppServices } from "../server/app-services";
import { ConfigError, loadConfig, loadDotEnv, type AppConfig } from "../server/config";
import { createExpressApp } from "../server/http/express-app";
import { createLogger } from "../server/logger";

// `npm start`: open the database (embedded PGlite under DATA_DIR, or DATABASE_URL), migrate,
// seed the demo data on first start, and serve the built app. Started as `node …` so that the
// pid a supervisor stops is this process (STACK.md, trap 12).

function fail(message: string): never {
  process.stderr.write(`\n${message}\n\n`);
  process.exit(1);
}

async function openConfiguredDatabase(config: AppConfig): Promise<DatabaseHandle> {
  if (config.DATABASE_URL) return openDatabase({ databaseUrl: config.DATABASE_URL, maxConnections: config.DATABASE_POOL_SIZE });
  return openDatabase({ dataDir: config.dataDir });
}

async function main() {
  const started = Date.now();
  let config: AppConfig;
  try {
    loadDotEnv();
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) fail(error.message);
    throw error;
  }
  const log = createLogger(config.LOG_LEVEL);
  const database = await openConfiguredDatabase(config).catch((error: unknown) => {
    if (error instanceof DataDirBusyError) fail(error.message);
    throw error;
  });
  await migrateDatabase(database);
  const seeded = config.SEED_DEMO ? (await seedDemo(database.db)).seeded : false;
  // PGlite has no autovacuum: refresh planner statistics where the data changed (docs/decisions/004).
  if (database.driver === "pglite") await analyzeStaleTables(database);
  const build = (await import(pathToFileURL(path.resolve("build/index.js")).href)) as ServerBuild;
  const app = createAppServices(config, database, log);
  const server = createExpressApp(app, build).listen(config.PORT, config.HOST, () => {
    log.info("listening", { port: config.PORT, driver: database.driver, seeded, startupMs: Date.now() - started });
    const url = `http://localhost:${config.PORT}`;
    const logins = [...demoLogins.map((l) => l.email), demoClientLogin.email];
    process.stdout.write(
      `\nTessera is running at ${url}\n` +
        `Database: ${database.driver === "pglite" ? `embedded PGlite in ${config.dataDir}` : "PostgreSQL (DATABASE_URL)"}\n` +
        (config.SEED_DEMO ? `Demo logins (password "${DEMO_PASSWORD}"):\n${logins.map((e) => `  ${e}`).join("\n")}\n\n` : "\n"),
    );
  });

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info("stopping", { signal });
    const force = setTimeout(() => process.exit(1), 10_000);
    force.unref();
    server.close(async () => {
      await database.close();
      log.info("stopped");
      process.exit(0);
    });
    server.closeIdleConnections();
  };
  process.on("SIGTERM", () => stop("SIGTERM"));
  process.on("SIGINT", () => stop("SIGINT"));
}

main().catch((error: unknown) => {
  process.stderr.write(`Tessera failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
