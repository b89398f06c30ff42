import { describe, expect, it } from "vitest";
import { isIpAddress, normalizeHostname, normalizeMac, normalizeMacList, normalizeSerial, normalizeTags } from "./normalize";

describe("identifier normalisation", () => {
  it("treats OEM placeholder serials as blank and compacts real ones", () => {
    for (const placeholder of ["To be filled by O.E.M.", "Default string", "System Serial Number", "0", "N/A", "  ", "00000000", "FFFFFFFF", "Not Specified"]) {
      expect(normalizeSerial(placeholder), placeholder).toBeNull();
    }
    expect(normalizeSerial(" 5cg-1234 xyz ")).toBe("5CG1234XYZ");
    expect(normalizeSerial("PF2ABCDE")).toBe("PF2ABCDE");
    expect(normalizeSerial(null)).toBeNull();
  });

  it("drops the domain suffix and case of host names", () => {
    expect(normalizeHostname("WS-042.corp.example.com")).toBe("ws-042");
    expect(normalizeHostname("FILESRV01")).toBe("filesrv01");
    expect(normalizeHostname("host.")).toBe("host");
    expect(normalizeHostname("10.0.0.5")).toBe("10.0.0.5");
    expect(normalizeHostname(" ")).toBeNull();
  });

  it("reads MACs in every common format and refuses non-MACs", () => {
    const canonical = "aa:bb:cc:dd:ee:0f";
    for (const form of ["aa:bb:cc:dd:ee:0f", "AA-BB-CC-DD-EE-0F", "aabb.ccdd.ee0f", "AABBCCDDEE0F", " aa:bb:cc:dd:ee:0f "]) {
      expect(normalizeMac(form), form).toBe(canonical);
    }
    for (const bad of ["aa:bb-cc:dd:ee:ff", "aabb.ccdd.eef", "aa:bb:cc:dd:ee", "zz:bb:cc:dd:ee:ff", "00:00:00:00:00:00", "ff:ff:ff:ff:ff:ff", "aabbccddeeff00"]) {
      expect(normalizeMac(bad), bad).toBeNull();
    }
    expect(normalizeMacList(["AA-BB-CC-DD-EE-0F", "aabb.ccdd.ee0f", "nope", "00:00:00:00:00:00"])).toEqual({ macs: [canonical], invalid: ["nope"] });
  });

  it("recognises IPv4 and IPv6 addresses", () => {
    for (const ok of ["10.0.0.1", "192.168.1.254", "::1", "fe80::1", "2001:db8::8a2e:370:7334", "::ffff:192.0.2.1", "2001:0db8:0000:0000:0000:0000:0000:0001"]) {
      expect(isIpAddress(ok), ok).toBe(true);
    }
    for (const bad of ["256.1.1.1", "10.0.0", "1:2:3:4:5:6:7:8:9", "2001::db8::1", "host", "10.0.0.1/24"]) {
      expect(isIpAddress(bad), bad).toBe(false);
    }
  });

  it("de-duplicates tags case-insensitively", () => {
    expect(normalizeTags([" VIP ", "vip", "Front  desk", ""])).toEqual(["vip", "front desk"]);
  });
});
