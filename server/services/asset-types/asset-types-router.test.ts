import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { makeTwoTenants } from "../../../test/factories";
import { useTestDatabase } from "../../../test/db";
import { createAppServices } from "../../app-services";
import { loadConfig } from "../../config";
import type { Actor } from "../../context";
import { createLogger } from "../../logger";
import { createCallerFactory } from "../../trpc/init";
import { assetTypesRouter } from "../../trpc/routers/asset-types";
import { assetsOfType, typesByName } from "./asset-type-fixtures";

const database = useTestDatabase();

describe("asset types through the tRPC router", () => {
  it("serves the same rules, maps the errors, and a refused call writes nothing", async () => {
    const { db } = database.current;
    const { a, b } = await makeTwoTenants(db);
    const app = createAppServices(
      loadConfig({ NODE_ENV: "test", LOG_LEVEL: "silent" }),
      database.current,
      createLogger("silent"),
    );
    const callerAs = (actor: Actor, tenantId = a.tenantId) =>
      createCallerFactory(assetTypesRouter)({
        app,
        meta: { requestId: "test", ip: "127.0.0.1", secure: false, userAgent: null },
        auth: { kind: "token", tenantId, actor },
        authError: null,
      });
    const token = (scope: "read" | "write" | "admin"): Actor => ({
      type: "token",
      tokenId: randomUUID(),
      name: scope,
      scopes: [scope],
    });
    const builtIn = await typesByName(db, a);
    const reader = callerAs(token("read"));
    expect((await reader.list()).map((t) => t.name)).toContain("Workstation");
    await expect(callerAs(token("write")).create({ parentTypeId: builtIn.Server.typeId, name: "Blade" })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    const admin = callerAs(a.admin.actor);
    const blade = await admin.create({
      parentTypeId: builtIn.Server.typeId,
      name: "Blade",
      attributesSchema: [{ key: "slot", label: "Slot", kind: "integer", min: 1, max: 16 }],
    });
    expect((await reader.get({ typeId: blade.typeId })).fields.map((f) => f.key)).toEqual(["slot"]);
    await assetsOfType(db, a, blade.typeId, [{ name: "B1", attributes: { slot: 12 } }]);
    const updated = await admin.update({
      typeId: blade.typeId,
      data: { attributesSchema: [{ key: "slot", label: "Slot", kind: "integer", min: 1, max: 8 }] },
    });
    expect(updated.invalidAssets).toMatchObject({ count: 1, sample: [{ name: "B1" }] });
    const bad = admin.update({
      typeId: blade.typeId,
      data: { name: "Blade II", attributesSchema: [{ key: "Slot", label: "Slot", kind: "integer" }] },
    });
    // The procedure's zod input refuses it before the service runs; the wire shows the same field names.
    await expect(bad).rejects.toMatchObject({
      code: "BAD_REQUEST",
      cause: {
        issues: [
          { path: ["data", "attributesSchema", 0, "key"], message: "must start with a letter and contain only a-z, 0-9 and _" },
        ],
      },
    });
    const loosen = admin.create({
      parentTypeId: blade.typeId,
      name: "Wide blade",
      attributesSchema: [{ key: "slot", label: "Slot", kind: "integer" }],
    });
    await expect(loosen).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message:
        'attributesSchema.0.min: must be at least 1: "Blade" sets that minimum for "slot"; ' +
        'attributesSchema.0.max: must be at most 8: "Blade" sets that maximum for "slot"',
    });
    await expect(admin.delete({ typeId: blade.typeId })).rejects.toMatchObject({
      code: "CONFLICT",
      message: '"Blade" has 1 asset; change their type or delete them first',
    });
    await expect(callerAs(b.admin.actor, b.tenantId).get({ typeId: blade.typeId })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const names = (await reader.list()).map((t) => t.name);
    expect(names).toContain("Blade");
    expect(names).not.toContain("Wide blade");
    expect(names).not.toContain("Blade II");
    const ups = await admin.create({ parentTypeId: builtIn.Other.typeId, name: "UPS" });
    expect(await admin.delete({ typeId: ups.typeId })).toEqual({ typeId: ups.typeId });
  });
});
