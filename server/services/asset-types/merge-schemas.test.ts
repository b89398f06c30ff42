import { describe, expect, it } from "vitest";
import type { AttributeField } from "../../../db/schema/asset-types";
import { ValidationError } from "../../errors";
import { mergeSchemas } from "./merge-schemas";
import { checkSubtreeSchemas } from "./subtree-schema";
import { effectiveFieldsOf, type TypeNode } from "./type-tree";

const serial: AttributeField = { key: "serial", label: "Serial", kind: "text", required: true, min: 4, max: 40 };
const tier: AttributeField = { key: "tier", label: "Tier", kind: "select", options: ["gold", "silver", "bronze"] };
const cores: AttributeField = { key: "cores", label: "Cores", kind: "integer", min: 1, max: 256 };

function refusal(fn: () => unknown): string[] {
  try {
    fn();
  } catch (error) {
    if (error instanceof ValidationError) return error.issues.map((i) => `${i.field}: ${i.message}`);
    throw error;
  }
  throw new Error("expected a refusal");
}

describe("mergeSchemas", () => {
  it("keeps inherited fields first, redefines in place, appends new ones", () => {
    const merged = mergeSchemas([[serial, tier], [cores], [{ ...tier, label: "Support tier", options: ["gold"] }]]);
    expect(merged.map((f) => [f.key, f.label])).toEqual([
      ["serial", "Serial"],
      ["tier", "Support tier"],
      ["cores", "Cores"],
    ]);
  });

  it("allows tightening: required, a higher min, a lower max, fewer options, new label/help/unit/default", () => {
    const tighter: AttributeField[] = [
      { ...cores, required: true, min: 2, max: 64, label: "CPU cores", help: "physical", unit: "cores", default: 4 },
      { ...tier, options: ["silver", "gold"], default: "gold" },
      { ...serial, min: 6, max: 40 },
    ];
    const merged = mergeSchemas([[serial, tier, cores], tighter]);
    expect(merged).toEqual([tighter[2], tighter[1], tighter[0]]);
  });

  it("refuses loosening, naming attributesSchema.<index>.<prop> and the type that defines the field", () => {
    const names = ["Workstation", "Laptop"];
    expect(refusal(() => mergeSchemas([[serial], [{ ...serial, required: false }]], names))).toEqual([
      'attributesSchema.0.required: cannot make "serial" optional: "Workstation" requires it',
    ]);
    expect(
      refusal(() =>
        mergeSchemas(
          [
            [serial, tier, cores],
            [
              { key: "extra", label: "Extra", kind: "boolean" },
              { ...cores, min: 0 },
              { ...serial, max: 41 },
              { ...tier, options: ["gold", "platinum"] },
            ],
          ],
          names,
        ),
      ),
    ).toEqual([
      'attributesSchema.1.min: must be at least 1: "Workstation" sets that minimum for "cores"',
      'attributesSchema.2.max: must be at most 40: "Workstation" sets that maximum for "serial"',
      'attributesSchema.3.options: may only keep options "Workstation" offers for "tier" (gold, silver, bronze), not platinum',
    ]);
    expect(refusal(() => mergeSchemas([[cores], [{ ...cores, kind: "number" }]]))).toEqual([
      'attributesSchema.0.kind: must stay integer: an ancestor type defines "cores" as integer',
    ]);
    // Dropping a limit loosens it too.
    expect(refusal(() => mergeSchemas([[cores], [{ key: "cores", label: "Cores", kind: "integer", min: 1 }]], names))).toEqual([
      'attributesSchema.0.max: must be at most 256: "Workstation" sets that maximum for "cores"',
    ]);
  });

  it("checks a redefinition against the nearest definition, three levels deep", () => {
    const names = ["Workstation", "Laptop", "Rugged laptop"];
    const laptop = [{ ...cores, min: 2 }];
    expect(mergeSchemas([[cores], laptop, [{ ...cores, min: 4 }]], names)[0].min).toBe(4);
    expect(refusal(() => mergeSchemas([[cores], laptop, [{ ...cores, min: 1 }]], names))).toEqual([
      'attributesSchema.0.min: must be at least 2: "Laptop" sets that minimum for "cores"',
    ]);
  });
});

describe("effective fields and subtree checks", () => {
  const node = (typeId: string, parentTypeId: string | null, attributesSchema: AttributeField[]): TypeNode => ({
    typeId,
    parentTypeId,
    name: typeId,
    kind: "workstation",
    attributesSchema,
  });

  it("marks each field with the type it is inherited from", () => {
    const chain = [node("ws", null, [serial]), node("laptop", "ws", [cores]), node("rugged", "laptop", [{ ...cores, min: 8 }])];
    expect(effectiveFieldsOf(chain).map((f) => [f.key, f.min, f.inheritedFrom])).toEqual([
      ["serial", 4, "ws"],
      ["cores", 8, null],
    ]);
  });

  it("reports a change that would make a sub-type loosen the changed type's field", () => {
    const types = [node("ws", null, []), node("laptop", "ws", [{ ...cores, required: true }]), node("rugged", "laptop", [cores])];
    const { issues } = checkSubtreeSchemas(types, "laptop", true);
    expect(issues).toEqual([
      {
        field: "attributesSchema.0.required",
        message: 'conflicts with the sub-type "rugged": cannot make "cores" optional: "laptop" requires it',
      },
    ]);
  });
});
