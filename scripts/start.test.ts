import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, inject, it } from "vitest";
import "../test/setup/target";

// The real start script on an empty DATA_DIR: migrate, seed, serve, answer /healthz, stop cleanly
// on SIGTERM (closing PGlite and freeing the data-directory lock), and start again on the same data.
// Needs the built app: `npm test` runs `remix build` first.

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "tessera-start-"));
const port = 3300 + (process.pid % 500);

function start(): { child: ChildProcess; output: () => string } {
  let output = "";
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts"], {
    env: { ...process.env, DATA_DIR: dataDir, PORT: String(port), LOG_LEVEL: "info", DATABASE_URL: "" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout?.on("data", (d: Buffer) => (output += d.toString()));
  child.stderr?.on("data", (d: Buffer) => (output += d.toString()));
  return { child, output: () => output };
}

async function waitForHealth(deadlineMs: number) {
  const deadline = Date.now() + deadlineMs;
  while (Date.now() < deadline) {
    const res = await fetch(`http://127.0.0.1:${port}/healthz`).catch(() => null);
    if (res?.ok) return (await res.json()) as Record<string, unknown>;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error("the server did not become healthy");
}

/** The token CLI on the same data directory: { code, output }. */
function tokenCli(...args: string[]): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    let output = "";
    const child = spawn(process.execPath, ["--import", "tsx", "scripts/token.ts", ...args], {
      env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: "" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    child.stdout?.on("data", (d: Buffer) => (output += d.toString()));
    child.stderr?.on("data", (d: Buffer) => (output += d.toString()));
    child.once("exit", (code) => resolve({ code, output }));
  });
}

const exitOf = (child: ChildProcess) => new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));

afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

describe.skipIf(inject("testDatabase").driver !== "pglite")("npm start", () => {
  it("migrates, seeds and serves on an empty data dir; stops on SIGTERM; restarts on the same data", async () => {
    expect(fs.existsSync("build/index.js"), "run `remix build` first (npm test does)").toBe(true);
    const first = start();
    const health = await waitForHealth(60_000);
    expect(health).toMatchObject({ ok: true, database: true, migrations: { current: true } });
    expect(first.output()).toContain(`Tessera is running at http://localhost:${port}`);
    expect(first.output()).toContain("admin@northwind.example");
    expect(first.output()).toMatch(/"msg":"listening".*"seeded":true/);
    expect(fs.existsSync(path.join(dataDir, "tessera.lock"))).toBe(true);

    // A second process on the same data directory is refused with a clear message — the CLI too.
    const second = start();
    expect(await exitOf(second.child)).toBe(1);
    expect(second.output()).toMatch(/already open in process \d+/);
    const busy = await tokenCli("create", "--tenant", "northwind", "--scopes", "read");
    expect(busy.code).toBe(1);
    expect(busy.output).toMatch(/create tokens in Settings → API tokens instead/);

    // Every response carries a request id, and the access log is JSON with it.
    const res = await fetch(`http://127.0.0.1:${port}/login`, { headers: { "x-request-id": "test-request-0001" } });
    expect(res.headers.get("x-request-id")).toBe("test-request-0001");
    await new Promise((r) => setTimeout(r, 100));
    expect(first.output()).toMatch(/"msg":"request","requestId":"test-request-0001","method":"GET","path":"\/login","status":200/);

    first.child.kill("SIGTERM");
    expect(await exitOf(first.child)).toBe(0);
    expect(first.output()).toContain('"msg":"stopped"');
    expect(fs.existsSync(path.join(dataDir, "tessera.lock"))).toBe(false);

    // With the app stopped, the CLI makes a token, shown once, that the API then accepts.
    const made = await tokenCli("create", "--tenant", "northwind", "--scopes", "read", "--name", "ci probe");
    expect(made.code, made.output).toBe(0);
    const token = /^(tsr_\S+)$/m.exec(made.output)?.[1];
    expect(token).toBeDefined();

    const third = start();
    await waitForHealth(60_000);
    expect(third.output()).toMatch(/"seeded":false/);
    const me = await fetch(`http://127.0.0.1:${port}/api/trpc/me.get`, { headers: { authorization: `Bearer ${token}` } });
    expect(me.status).toBe(200);
    expect(JSON.stringify(await me.json())).toContain("ci probe");
    third.child.kill("SIGTERM");
    expect(await exitOf(third.child)).toBe(0);
  }, 120_000);
});
