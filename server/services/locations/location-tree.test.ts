import { describe, expect, it } from "vitest";
import { descentPath, nestLocations, placeLocations } from "./location-tree";

describe("location tree helpers", () => {
  const rows = [
    { locationId: "r", parentLocationId: "f", name: "Room" },
    { locationId: "b", parentLocationId: null, name: "branch" },
    { locationId: "h", parentLocationId: null, name: "Head office" },
    { locationId: "f", parentLocationId: "h", name: "Floor 1" },
    { locationId: "o", parentLocationId: "gone", name: "Orphan" },
  ];

  it("nests a flat list, keeping sibling order and making orphans roots", () => {
    const tree = nestLocations(rows);
    expect(tree.map((n) => n.locationId)).toEqual(["b", "h", "o"]);
    const head = tree.find((n) => n.locationId === "h")!;
    expect(head.children.map((n) => n.name)).toEqual(["Floor 1"]);
    expect(head.children[0].children.map((n) => n.name)).toEqual(["Room"]);
    expect(tree[0].children).toEqual([]);
  });

  it("places rows depth-first with depth and ancestor path, siblings by name ignoring case", () => {
    const placed = placeLocations(rows);
    expect(placed.map((r) => [r.name, r.depth, r.path])).toEqual([
      ["branch", 0, []],
      ["Head office", 0, []],
      ["Floor 1", 1, ["Head office"]],
      ["Room", 2, ["Head office", "Floor 1"]],
      ["Orphan", 0, []],
    ]);
  });

  it("finds the descent path from a location to a descendant, and none otherwise", () => {
    const byId = new Map(rows.map((r) => [r.locationId, r]));
    expect(descentPath("h", "r", byId)).toEqual(["Head office", "Floor 1", "Room"]);
    expect(descentPath("h", "h", byId)).toEqual(["Head office"]);
    expect(descentPath("b", "r", byId)).toBeNull();
    const cyclic = new Map([
      ["x", { parentLocationId: "y", name: "X" }],
      ["y", { parentLocationId: "x", name: "Y" }],
    ]);
    expect(descentPath("z", "x", cyclic)).toBeNull();
  });
});
