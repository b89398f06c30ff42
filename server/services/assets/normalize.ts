// Identifier normalisation for matching (duplicate detection, imports, RMM syncs). Pure functions,
// shared by the services and the import pipeline.

/** Serials that OEMs leave in the BIOS: they identify nothing and count as blank. */
const OEM_PLACEHOLDERS = new Set(
  [
    "to be filled by o.e.m.",
    "to be filled by oem",
    "default string",
    "system serial number",
    "chassis serial number",
    "serial number",
    "not specified",
    "not applicable",
    "none",
    "n/a",
    "na",
    "null",
    "unknown",
    "invalid",
    "0",
    "00000000",
    "0000000000",
    "123456789",
    "1234567890",
    "xxxxxxxxxx",
    "oem",
    "o.e.m.",
    "empty",
    "base board serial number",
  ].map((s) => s.replace(/[\s-]+/g, "")),
);

/** Upper-case, without spaces and dashes; null for blanks and OEM placeholders. */
export function normalizeSerial(serial: string | null | undefined): string | null {
  if (!serial) return null;
  const compact = serial.trim().replace(/[\s-]+/g, "");
  if (!compact) return null;
  if (OEM_PLACEHOLDERS.has(compact.toLowerCase())) return null;
  // All one repeated character ("0000000", "FFFFFFFF") is a placeholder too.
  if (/^(.)\1*$/.test(compact) && compact.length > 1) return null;
  return compact.toUpperCase();
}

/** Lower-case host name without its domain suffix ("WS-042.corp.example.com" → "ws-042"). */
export function normalizeHostname(hostname: string | null | undefined): string | null {
  if (!hostname) return null;
  const trimmed = hostname.trim().toLowerCase().replace(/\.$/, "");
  if (!trimmed) return null;
  // An IP address is not a host name; keep it whole.
  if (/^\d{1,3}(\.\d{1,3}){3}$/.test(trimmed)) return trimmed;
  const first = trimmed.split(".")[0];
  return first || null;
}

/**
 * Canonical MAC (aa:bb:cc:dd:ee:ff) from aa:bb:…, AA-BB-…, aabb.ccdd.eeff or 12 bare hex digits;
 * null when it is not a MAC or is all zeros / broadcast (agents report those for virtual adapters).
 */
export function normalizeMac(mac: string | null | undefined): string | null {
  if (!mac) return null;
  const hex = mac.trim().toLowerCase();
  let digits: string | null = null;
  if (/^[0-9a-f]{2}([:-])[0-9a-f]{2}(\1[0-9a-f]{2}){4}$/.test(hex)) digits = hex.replace(/[:-]/g, "");
  else if (/^[0-9a-f]{4}\.[0-9a-f]{4}\.[0-9a-f]{4}$/.test(hex)) digits = hex.replace(/\./g, "");
  else if (/^[0-9a-f]{12}$/.test(hex)) digits = hex;
  if (!digits || digits === "000000000000" || digits === "ffffffffffff") return null;
  return digits.match(/../g)!.join(":");
}

/** All-zero and broadcast addresses: agents report them for virtual adapters; they identify nothing. */
function isPlaceholderMac(value: string): boolean {
  const digits = value.toLowerCase().replace(/[^0-9a-f]/g, "");
  return digits === "000000000000" || digits === "ffffffffffff";
}

/**
 * Canonical, de-duplicated MACs. Placeholders are dropped quietly; the invalid ones are returned
 * apart so callers can name them.
 */
export function normalizeMacList(values: readonly string[]): { macs: string[]; invalid: string[] } {
  const macs = new Set<string>();
  const invalid: string[] = [];
  for (const value of values) {
    const mac = normalizeMac(value);
    if (mac) macs.add(mac);
    else if (value.trim() && !isPlaceholderMac(value)) invalid.push(value);
  }
  return { macs: [...macs], invalid };
}

const IPV4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;

/** IPv4 dotted quad or an IPv6 address (compressed forms allowed). */
export function isIpAddress(value: string): boolean {
  const v = value.trim();
  if (IPV4.test(v)) return true;
  if (!v.includes(":") || !/^[0-9a-fA-F:.]+$/.test(v)) return false;
  const parts = v.split("::");
  if (parts.length > 2) return false;
  const groups = parts.flatMap((p) => (p ? p.split(":") : []));
  const tailIsV4 = groups.length > 0 && IPV4.test(groups[groups.length - 1]);
  const hexGroups = tailIsV4 ? groups.slice(0, -1) : groups;
  if (!hexGroups.every((g) => /^[0-9a-fA-F]{1,4}$/.test(g))) return false;
  const width = hexGroups.length + (tailIsV4 ? 2 : 0);
  return parts.length === 2 ? width < 8 : width === 8;
}

/** Trimmed, lower-case, de-duplicated tags: "VIP" and "vip" are one tag, found by either spelling. */
export function normalizeTags(tags: readonly string[]): string[] {
  return [...new Set(tags.map((t) => t.trim().replace(/\s+/g, " ").toLowerCase()).filter(Boolean))];
}
