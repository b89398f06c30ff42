import express from "express";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../config";
import { createLogger } from "../logger";
import { originGuard } from "./express-app";

describe("origin guard (CSRF)", () => {
  let base = "";
  let close: () => void = () => undefined;
  beforeAll(async () => {
    const server = express();
    server.use(originGuard({ config: loadConfig({ ALLOWED_ORIGINS: "https://ops.example" }), log: createLogger("silent") }));
    server.all("*", (_req, res) => res.send("reached"));
    const listener = server.listen(0);
    await new Promise((resolve) => listener.once("listening", resolve));
    base = `http://127.0.0.1:${(listener.address() as AddressInfo).port}`;
    close = () => listener.close();
  });
  afterAll(() => close());

  const post = (headers: Record<string, string>) => fetch(`${base}/companies`, { method: "POST", headers, body: "x=1" });

  it("refuses a POST carrying our cookie from a foreign origin", async () => {
    const res = await post({ cookie: "tessera_session=abc", origin: "https://evil.example" });
    expect(res.status).toBe(403);
    expect(await res.text()).toMatch(/origin https:\/\/evil\.example is not this site/);
  });

  it("refuses a POST without Origin or Referer", async () => {
    expect((await post({ cookie: "tessera_session=abc" })).status).toBe(403);
    expect((await post({})).status).toBe(403);
  });

  it("lets same-origin posts, allowed origins, GETs and bearer-only API calls through", async () => {
    const host = new URL(base).host;
    expect(await (await post({ cookie: "tessera_session=abc", origin: `http://${host}` })).text()).toBe("reached");
    expect(await (await post({ cookie: "tessera_session=abc", origin: "https://ops.example" })).text()).toBe("reached");
    expect(await (await post({ referer: `http://${host}/login` })).text()).toBe("reached");
    expect(await (await fetch(`${base}/companies`, { headers: { origin: "https://evil.example" } })).text()).toBe("reached");
    expect(await (await post({ authorization: "Bearer tsr_x" })).text()).toBe("reached");
    // A bearer header does not excuse a request that also carries the cookie.
    expect((await post({ authorization: "Bearer tsr_x", cookie: "tessera_session=abc", origin: "https://evil.example" })).status).toBe(403);
  });
});
