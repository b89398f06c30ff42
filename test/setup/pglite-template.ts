import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { createPglite, openDatabase } from "../../db/client";
import { migrateDatabase } from "../../db/migrate";
import "./target";

/**
 * Migrates one in-memory PGlite and dumps its data directory; every test file starts from a copy
 * (loading a dump takes well under a second; migrating takes several).
 */
export default async function setup(project: TestProject) {
  const pglite = await createPglite();
  const handle = await openDatabase({ pglite });
  await migrateDatabase(handle);
  const dump = await pglite.dumpDataDir("none");
  await handle.close();
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "tessera-test-"));
  const templatePath = path.join(dir, "template.tar");
  await fs.writeFile(templatePath, Buffer.from(await dump.arrayBuffer()));
  project.provide("testDatabase", { driver: "pglite", templatePath });
  return async () => {
    await fs.rm(dir, { recursive: true, force: true });
  };
}
