import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { sql } from "drizzle-orm";
import { describe, expect, inject, it } from "vitest";
import "../test/setup/target";
import { openDatabase } from "./client";
import { acquireDataDirLock, DataDirBusyError } from "./data-dir-lock";
import { migrateDatabase, migrationStatus } from "./migrate";
import { queryRows } from "./rows";

const target = inject("testDatabase");

describe("migrations", () => {
  it.runIf(target.driver === "postgres")("two processes migrating one fresh database at once apply each migration once", async () => {
    if (target.driver !== "postgres") return;
    const name = `tessera_migrate_${Date.now()}_${process.pid}`;
    const admin = await openDatabase({ databaseUrl: target.url, maxConnections: 1 });
    await admin.sql!.unsafe(`create database "${name}"`);
    const url = target.url.replace(/\/[^/]+$/, `/${name}`);
    const [one, two] = [await openDatabase({ databaseUrl: url, maxConnections: 2 }), await openDatabase({ databaseUrl: url, maxConnections: 2 })];
    try {
      await Promise.all([migrateDatabase(one), migrateDatabase(two)]);
      const status = await migrationStatus(one);
      expect(status.current).toBe(true);
      const rows = await queryRows<{ n: number }>(one.db, sql`select count(*)::int as n from drizzle.__drizzle_migrations`);
      expect(rows[0].n).toBe(status.expected);
    } finally {
      await one.close();
      await two.close();
      await admin.sql!.unsafe(`drop database if exists "${name}" with (force)`);
      await admin.close();
    }
  });

  it("reports the test database as current", async () => {
    const { openTestDatabase } = await import("../test/db");
    const handle = await openTestDatabase();
    try {
      expect(await migrationStatus(handle)).toMatchObject({ current: true });
    } finally {
      await handle.close();
    }
  });
});

describe("embedded data directory lock", () => {
  const tempDir = () => fs.mkdtempSync(path.join(os.tmpdir(), "tessera-lock-"));

  it("refuses a second opener with a message that says what to do, and frees the lock on release", async () => {
    const dir = tempDir();
    const lock = acquireDataDirLock(dir);
    expect(() => acquireDataDirLock(dir)).toThrow(DataDirBusyError);
    await expect(openDatabase({ dataDir: dir })).rejects.toThrow(/already open in process \d+\. Only one process may use it at a time/);
    lock.release();
    const again = acquireDataDirLock(dir);
    again.release();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("takes over a lock left by a process that no longer exists", () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, "tessera.lock"), "999999999");
    const lock = acquireDataDirLock(dir);
    expect(fs.readFileSync(path.join(dir, "tessera.lock"), "utf8")).toBe(String(process.pid));
    lock.release();
    expect(fs.existsSync(path.join(dir, "tessera.lock"))).toBe(false);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
