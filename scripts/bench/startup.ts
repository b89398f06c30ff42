import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

/** `npm start` on an empty DATA_DIR until /healthz answers 200: build + migrate + seed + listen. */
export async function benchStartup(port = 3190): Promise<{ ms: number; ok: boolean }> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "tessera-bench-start-"));
  const started = performance.now();
  const child = spawn("npm", ["start"], {
    env: { ...process.env, DATA_DIR: dataDir, PORT: String(port), LOG_LEVEL: "warn", DATABASE_URL: "" },
    stdio: "ignore",
    detached: true,
  });
  try {
    const deadline = Date.now() + 120_000;
    while (Date.now() < deadline) {
      const ok = await fetch(`http://127.0.0.1:${port}/healthz`).then((r) => r.ok, () => false);
      if (ok) return { ms: Math.round(performance.now() - started), ok: true };
      await new Promise((r) => setTimeout(r, 100));
    }
    return { ms: Math.round(performance.now() - started), ok: false };
  } finally {
    if (child.pid) process.kill(-child.pid, "SIGTERM");
    await new Promise((r) => setTimeout(r, 1500));
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
