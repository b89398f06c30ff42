import { parseArgs } from "node:util";
import { openDatabase, type DatabaseHandle } from "../db/client";
import { DataDirBusyError } from "../db/data-dir-lock";
import { migrateDatabase } from "../db/migrate";
import { findTenantBySlug } from "../db/seed/accounts";
import { withTenant } from "../db/tenant";
import { tokenScopes, type TokenScope } from "../db/schema";
import { loadConfig, loadDotEnv } from "../server/config";
import type { ServiceContext } from "../server/context";
import { AppError } from "../server/errors";
import { createToken, listTokens, revokeToken } from "../server/services/tokens/tokens";

// npm run token -- create --tenant northwind --scopes read,write [--name "RMM sync"] [--expires-days 90]
// npm run token -- list   --tenant northwind
// npm run token -- revoke --tenant northwind --id <tokenId>

const usage = `Usage:
  npm run token -- create --tenant <slug|id> --scopes read[,write,admin] [--name NAME] [--expires-days N]
  npm run token -- list --tenant <slug|id>
  npm run token -- revoke --tenant <slug|id> --id <tokenId>`;

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

async function resolveTenant(handle: DatabaseHandle, ref: string): Promise<string> {
  const bySlug = await findTenantBySlug(handle.db, ref);
  if (bySlug) return bySlug.tenantId;
  if (/^[0-9a-f-]{36}$/i.test(ref)) return ref;
  fail(`--tenant: no tenant with slug or id "${ref}"`);
}

async function main() {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: {
      tenant: { type: "string" },
      scopes: { type: "string" },
      name: { type: "string" },
      "expires-days": { type: "string" },
      id: { type: "string" },
    },
  });
  const command = positionals[0];
  if (!command || !["create", "list", "revoke"].includes(command)) fail(usage);
  if (!values.tenant) fail(`--tenant is required\n${usage}`);

  loadDotEnv();
  const config = loadConfig();
  const handle = await (config.DATABASE_URL
    ? openDatabase({ databaseUrl: config.DATABASE_URL, maxConnections: 2 })
    : openDatabase({ dataDir: config.dataDir })
  ).catch((error: unknown) => {
    if (error instanceof DataDirBusyError) {
      fail(`${error.message}\nWhile the app runs, create tokens in Settings → API tokens instead.`);
    }
    throw error;
  });
  try {
    await migrateDatabase(handle);
    const tenantId = await resolveTenant(handle, values.tenant);
    // The CLI acts as the operator of the machine: a system actor, named in the audit log.
    const run = <T>(fn: (ctx: ServiceContext) => Promise<T>) =>
      withTenant(handle.db, tenantId, (db) => fn({ tenantId, db, actor: { type: "system", label: "token-cli" } }));

    if (command === "create") {
      const scopes = (values.scopes ?? "").split(",").map((s) => s.trim()).filter(Boolean);
      const unknown = scopes.filter((s) => !(tokenScopes as readonly string[]).includes(s));
      if (!scopes.length || unknown.length) fail(`--scopes: use a comma-separated list of ${tokenScopes.join(", ")}`);
      const days = values["expires-days"] ? Number(values["expires-days"]) : undefined;
      const created = await run((ctx) =>
        createToken(ctx, { name: values.name ?? `cli ${new Date().toISOString().slice(0, 10)}`, scopes: scopes as TokenScope[], expiresInDays: days }),
      );
      process.stdout.write(
        `Created token "${created.name}" (${created.tokenId}) with scopes ${created.scopes.join(", ")}` +
          `${created.expiresAt ? `, expiring ${created.expiresAt.toISOString()}` : ", never expiring"}.\n` +
          `It is shown once; store it now:\n\n${created.token}\n\n`,
      );
    } else if (command === "list") {
      const tokens = await run((ctx) => listTokens(ctx));
      for (const t of tokens) {
        const state = t.revokedAt ? "revoked" : t.expiresAt && t.expiresAt < new Date() ? "expired" : "active";
        process.stdout.write(`${t.tokenId}  ${t.displayPrefix}…  ${state.padEnd(7)}  ${t.scopes.join(",").padEnd(16)}  ${t.name}\n`);
      }
      if (!tokens.length) process.stdout.write("No tokens.\n");
    } else {
      if (!values.id) fail(`--id is required\n${usage}`);
      await run((ctx) => revokeToken(ctx, { tokenId: values.id! }));
      process.stdout.write(`Revoked ${values.id}.\n`);
    }
  } catch (error) {
    if (error instanceof AppError) fail(error.message);
    throw error;
  } finally {
    await handle.close();
  }
}

main().catch((error: unknown) => fail(error instanceof Error ? error.message : String(error)));
