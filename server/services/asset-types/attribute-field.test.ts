import { describe, expect, it } from "vitest";
import { parseInput } from "../validate";
import { attributesSchemaInput } from "./attribute-field";

function issuesOf(input: unknown): string[] {
  try {
    parseInput(attributesSchemaInput, input);
  } catch (error) {
    return (error as { issues: { field: string; message: string }[] }).issues.map((i) => `${i.field}: ${i.message}`);
  }
  throw new Error("expected the schema to be refused");
}

describe("attribute field definitions", () => {
  it("accepts a valid schema and stores defaults in their cleaned form", () => {
    const parsed = parseInput(attributesSchemaInput, [
      { key: "mac", label: " Management MAC ", kind: "mac_address", default: "AABB.CCDD.EEFF", help: "" },
      { key: "ports", label: "Ports", kind: "multi_select", options: ["usb", "dp"], default: ["dp"] },
      { key: "ram_gb", label: "RAM", kind: "integer", min: -1, max: 64, unit: "GB", required: true },
    ]);
    expect(parsed).toEqual([
      { key: "mac", label: "Management MAC", kind: "mac_address", required: false, default: "aa:bb:cc:dd:ee:ff" },
      { key: "ports", label: "Ports", kind: "multi_select", required: false, options: ["usb", "dp"], default: ["dp"] },
      { key: "ram_gb", label: "RAM", kind: "integer", required: true, min: -1, max: 64, unit: "GB" },
    ]);
  });

  it("names each bad property", () => {
    expect(
      issuesOf([
        { key: "1st", label: "", kind: "colour" },
        { key: "os", label: "OS", kind: "select" },
        { key: "tags", label: "Tags", kind: "multi_select", options: [] },
        { key: "size", label: "Size", kind: "select", options: ["s", "s"] },
        { key: "flag", label: "Flag", kind: "boolean", options: ["x"], min: 1 },
        { key: "name", label: "Name", kind: "text", min: 5, max: 2 },
        { key: "len", label: "Len", kind: "text", max: 2.5 },
        { key: "n", label: "N", kind: "number", max: 10, default: 11 },
        { key: "sel", label: "Sel", kind: "select", options: ["a"], default: "b" },
        { key: "x", label: "X", kind: "text", requried: true },
      ]),
    ).toEqual([
      "0.key: must start with a letter and contain only a-z, 0-9 and _",
      "0.label: is required",
      "0.kind: must be one of text, number, integer, boolean, date, select, multi_select, url, ip_address, mac_address",
      "1.options: is required for select and multi_select fields",
      "2.options: must list at least one option",
      '3.options: lists "s" twice',
      "4.min: applies only to text, number and integer fields",
      "4.options: applies only to select and multi_select fields",
      "5.max: must be at least the minimum (5)",
      "6.max: must be a whole number of characters",
      "7.default: must be at most 10",
      "8.default: must be one of: a",
      '9: "requried": not a property of an attribute field',
    ]);
  });

  it("refuses repeated keys, naming the field that repeats", () => {
    const field = { key: "cpu", label: "CPU", kind: "text" };
    expect(issuesOf([field, { ...field, label: "Again" }])).toEqual(['1.key: repeats the key "cpu" of field 0']);
    expect(issuesOf("cpu")).toEqual(["input: must be a list of fields"]);
    expect(issuesOf([null])).toEqual(["0: must be a field definition (an object)"]);
  });
});
