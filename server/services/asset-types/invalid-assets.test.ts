import { describe, expect, it } from "vitest";
import { makeTwoTenants } from "../../../test/factories";
import { useTestDatabase } from "../../../test/db";
import { as, assetsOfType, typesByName } from "./asset-type-fixtures";
import { createAssetType } from "./create-asset-type";
import { updateAssetType } from "./update-asset-type";

const database = useTestDatabase();

describe("the invalid assets report", () => {
  it("counts every invalid asset and samples the first 20 by name", async () => {
    const { db } = database.current;
    const { a } = await makeTwoTenants(db);
    const builtIn = await typesByName(db, a);
    const ups = await as(db, a, (ctx) => createAssetType(ctx, { parentTypeId: builtIn.Other.typeId, name: "UPS" }));
    const specs = Array.from({ length: 25 }, (_, i) => ({
      name: `UPS ${String(25 - i).padStart(2, "0")}`,
      attributes: { va: i % 5 === 0 ? 900 : "big" },
    }));
    await assetsOfType(db, a, ups.typeId, specs);
    const result = await as(db, a, (ctx) =>
      updateAssetType(ctx, {
        typeId: ups.typeId,
        data: { attributesSchema: [{ key: "va", label: "VA", kind: "integer", min: 1000 }] },
      }),
    );
    expect(result.invalidAssets.count).toBe(25);
    expect(result.invalidAssets.sample.map((s) => s.name)).toEqual(
      Array.from({ length: 20 }, (_, i) => `UPS ${String(i + 1).padStart(2, "0")}`),
    );
    const messages = new Set(result.invalidAssets.sample.map((s) => s.errors[0].message));
    expect(messages).toEqual(new Set(["must be at least 1000", "must be a whole number"]));
  });
});
