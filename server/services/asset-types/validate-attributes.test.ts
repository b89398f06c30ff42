import { describe, expect, it } from "vitest";
import type { AttributeField } from "../../../db/schema/asset-types";
import { ValidationError } from "../../errors";
import { applyAttributePatch, validateAttributes } from "./validate-attributes";

const fields: AttributeField[] = [
  { key: "cpu", label: "CPU", kind: "text", required: true, min: 2, max: 10 },
  { key: "ram_gb", label: "RAM", kind: "integer", min: 1, max: 10, default: 8, unit: "GB" },
  { key: "weight", label: "Weight", kind: "number", max: 2.5 },
  { key: "touch", label: "Touch screen", kind: "boolean" },
  { key: "bought", label: "Bought", kind: "date" },
  { key: "os", label: "OS", kind: "select", options: ["a", "b"] },
  { key: "ports", label: "Ports", kind: "multi_select", options: ["usb", "hdmi", "dp"] },
  { key: "portal", label: "Portal", kind: "url" },
  { key: "ip", label: "IP", kind: "ip_address" },
  { key: "mac", label: "MAC", kind: "mac_address" },
];

/** The issues of a refused call, as "field: message" lines. */
function issuesOf(values: unknown, options?: { partial?: boolean }): string[] {
  try {
    validateAttributes(fields, values, options);
  } catch (error) {
    if (error instanceof ValidationError) return error.issues.map((i) => `${i.field}: ${i.message}`);
    throw error;
  }
  throw new Error("expected the values to be refused");
}

describe("validateAttributes", () => {
  it("cleans every kind and applies defaults for missing fields", () => {
    const cleaned = validateAttributes(fields, {
      cpu: "  i7  ",
      weight: "1.25",
      touch: "true",
      bought: "2024-02-29",
      os: "b",
      ports: ["usb", " dp "],
      portal: "https://portal.example/x?y=1",
      ip: "2001:DB8::1",
      mac: "AA-BB-CC-DD-EE-0F",
    });
    expect(cleaned).toEqual({
      cpu: "i7",
      ram_gb: 8,
      weight: 1.25,
      touch: true,
      bought: "2024-02-29",
      os: "b",
      ports: ["usb", "dp"],
      portal: "https://portal.example/x?y=1",
      ip: "2001:db8::1",
      mac: "aa:bb:cc:dd:ee:0f",
    });
    expect(Object.keys(cleaned)).toEqual(["cpu", "ram_gb", "weight", "touch", "bought", "os", "ports", "portal", "ip", "mac"]);
  });

  it("treats blanks as absent: the default returns, optional fields vanish", () => {
    expect(validateAttributes(fields, { cpu: "i5", ram_gb: "", os: "  ", ports: [], touch: null })).toEqual({
      cpu: "i5",
      ram_gb: 8,
    });
    expect(validateAttributes(fields, { cpu: "i5", ram_gb: 2 })).toEqual({ cpu: "i5", ram_gb: 2 });
    expect(validateAttributes([], null)).toEqual({});
  });

  it("names each broken rule under attributes.<key>", () => {
    expect(
      issuesOf({
        cpu: "x",
        ram_gb: 11,
        weight: "heavy",
        touch: "yes",
        bought: "2023-02-29",
        os: "c",
        ports: ["usb", "vga"],
        portal: "ftp://files.example",
        ip: "300.1.1.1",
        mac: "aa:bb:cc",
      }),
    ).toEqual([
      "attributes.cpu: must be at least 2 characters",
      "attributes.ram_gb: must be at most 10",
      "attributes.weight: must be a number",
      "attributes.touch: must be true or false",
      "attributes.bought: must be a date (YYYY-MM-DD)",
      "attributes.os: must be one of: a, b",
      "attributes.ports: each value must be one of: usb, hdmi, dp",
      "attributes.portal: must be a URL starting with http:// or https://",
      "attributes.ip: must be an IP address",
      "attributes.mac: must be a MAC address such as aa:bb:cc:dd:ee:ff",
    ]);
    expect(issuesOf({ cpu: "12345678901", ram_gb: 2.5, weight: 3, ports: ["usb", "usb"], bought: "2024-1-5" })).toEqual([
      "attributes.cpu: must be at most 10 characters",
      "attributes.ram_gb: must be a whole number",
      "attributes.weight: must be at most 2.5",
      "attributes.bought: must be a date (YYYY-MM-DD)",
      'attributes.ports: lists "usb" twice',
    ]);
    expect(issuesOf({ cpu: 42 })).toEqual(["attributes.cpu: must be text"]);
  });

  it("requires required fields and refuses unknown keys by name", () => {
    expect(issuesOf({ colour: "red", blank_extra: "" })).toEqual([
      "attributes.cpu: is required",
      "attributes.colour: is not a field of this type",
    ]);
    expect(issuesOf("not an object")).toEqual(["attributes: must be an object of field values"]);
    expect(issuesOf(["cpu"])).toEqual(["attributes: must be an object of field values"]);
  });

  it("checks only the given keys of a patch, and marks cleared keys with null", () => {
    const patch = validateAttributes(fields, { os: "a", weight: "", stale: null }, { partial: true });
    expect(patch).toEqual({ os: "a", weight: null, stale: null });
    expect(issuesOf({ cpu: "" }, { partial: true })).toEqual(["attributes.cpu: is required"]);
    expect(issuesOf({ os: "z" }, { partial: true })).toEqual(["attributes.os: must be one of: a, b"]);
    expect(applyAttributePatch({ cpu: "i7", weight: 2, stale: 1 }, patch)).toEqual({ cpu: "i7", os: "a" });
  });

  it("accepts IPv4 and IPv6, dates that exist, and integers given as text", () => {
    const net: AttributeField[] = [
      { key: "ip", label: "IP", kind: "ip_address" },
      { key: "day", label: "Day", kind: "date" },
      { key: "n", label: "N", kind: "integer", min: -5 },
    ];
    expect(validateAttributes(net, { ip: "10.0.0.1", day: "2000-02-29", n: "-5" })).toEqual({
      ip: "10.0.0.1",
      day: "2000-02-29",
      n: -5,
    });
    expect(validateAttributes(net, { ip: "::1" })).toEqual({ ip: "::1" });
    expect(() => validateAttributes(net, { n: -6 })).toThrow("attributes.n: must be at least -5");
    expect(() => validateAttributes(net, { day: "1900-02-29" })).toThrow("attributes.day: must be a date (YYYY-MM-DD)");
  });
});
