import { describe, expect, inject, it } from "vitest";
import { makeTwoTenants } from "../../../test/factories";
import { useTestDatabase } from "../../../test/db";
import { as, errorOf, typesByName } from "./asset-type-fixtures";
import { createAssetType } from "./create-asset-type";
import { getAssetType } from "./get-asset-type";
import { updateAssetType } from "./update-asset-type";

const database = useTestDatabase();

describe("asset types under concurrent writers", () => {
  // Needs two connections: PGlite runs one transaction at a time, so the race cannot happen there.
  it.skipIf(inject("testDatabase").driver !== "postgres")(
    "makes a sub-type created during a parent's schema change wait, then checks it against the new schema",
    async () => {
      const { db } = database.current;
      const { a } = await makeTwoTenants(db);
      const builtIn = await typesByName(db, a);
      const cores = { key: "cores", label: "Cores", kind: "integer" as const };
      const laptop = await as(db, a, (ctx) =>
        createAssetType(ctx, { parentTypeId: builtIn.Workstation.typeId, name: "Laptop", attributesSchema: [cores] }),
      );
      let release!: () => void;
      const hold = new Promise<void>((resolve) => (release = resolve));
      let updated!: () => void;
      const firstUpdated = new Promise<void>((resolve) => (updated = resolve));
      const first = as(db, a, async (ctx) => {
        const result = await updateAssetType(ctx, {
          typeId: laptop.typeId,
          data: { attributesSchema: [{ ...cores, required: true }] },
        });
        updated();
        await hold;
        return result;
      });
      await firstUpdated;
      // On its own snapshot the parent still has "cores" optional, so this would pass without the lock.
      const second = errorOf(
        as(db, a, (ctx) =>
          createAssetType(ctx, {
            parentTypeId: laptop.typeId,
            name: "Rugged",
            attributesSchema: [{ ...cores, label: "CPU cores" }],
          }),
        ),
      );
      await new Promise((resolve) => setTimeout(resolve, 300));
      release();
      expect((await first).type.attributesSchema).toEqual([{ ...cores, required: true }]);
      expect((await second).message).toBe('attributesSchema.0.required: cannot make "cores" optional: "Laptop" requires it');
      const after = await as(db, a, (ctx) => getAssetType(ctx, { typeId: laptop.typeId }));
      expect(after.children).toEqual([]);
    },
  );
});
