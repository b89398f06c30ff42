import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "./config";

describe("configuration", () => {
  it("has working defaults for the embedded mode", () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ PORT: 3000, DATA_DIR: ".data", SEED_DEMO: true, TRUST_PROXY: false });
    expect(config.DATABASE_URL).toBeUndefined();
    expect(config.dataDir).toMatch(/\.data$/);
  });

  it("names every bad variable and what is wrong with it", () => {
    let error: unknown;
    try {
      loadConfig({ PORT: "eighty", DATABASE_URL: "mysql://localhost/db", LOG_LEVEL: "loud", TRUST_PROXY: "maybe" });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as Error).message;
    expect(message).toMatch(/PORT="eighty": Expected number/);
    expect(message).toMatch(/DATABASE_URL="mysql:\/\/localhost\/db": must start with postgres:\/\//);
    expect(message).toMatch(/LOG_LEVEL="loud"/);
    expect(message).toMatch(/TRUST_PROXY="maybe"/);
  });

  it("reads lists and switches", () => {
    const config = loadConfig({ ALLOWED_ORIGINS: "https://a.example, https://b.example", TRUST_PROXY: "1", SEED_DEMO: "false" });
    expect(config.ALLOWED_ORIGINS).toEqual(["https://a.example", "https://b.example"]);
    expect(config.TRUST_PROXY).toBe(true);
    expect(config.SEED_DEMO).toBe(false);
  });
});
