import type { LocationKind } from "../schema/companies";
import { cities, companyNames, contactTitles, firstNames, lastNames, streets } from "./demo-names";
import type { Random } from "./random";

export interface DemoLocation {
  key: string;
  parentKey: string | null;
  name: string;
  kind: LocationKind;
  addressLine1?: string;
  city?: string;
  region?: string;
  postalCode?: string;
  country?: string;
}

export interface DemoContact {
  firstName: string;
  lastName: string;
  email: string;
  phone: string;
  title: string;
  isPrimary: boolean;
  locationKey: string | null;
}

export interface DemoCompany {
  name: string;
  code: string;
  domain: string;
  phone: string;
  website: string;
  locations: DemoLocation[];
  contacts: DemoContact[];
}

const slugify = (s: string) =>
  s
    .toLowerCase()
    .replace(/&/g, "and")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");

function codeFor(name: string, used: Set<string>): string {
  const letters = name.replace(/[^A-Za-z ]/g, "").split(/\s+/).filter(Boolean);
  let code = letters.map((w) => w[0]).join("").toUpperCase().slice(0, 4);
  if (code.length < 3) code = name.replace(/[^A-Za-z]/g, "").slice(0, 4).toUpperCase();
  let candidate = code;
  for (let i = 2; used.has(candidate); i++) candidate = `${code}${i}`;
  used.add(candidate);
  return candidate;
}

const phone = (r: Random) => `+1 ${r.int(200, 989)}-555-${String(r.int(100, 9999)).padStart(4, "0")}`;

function demoLocations(r: Random): DemoLocation[] {
  const out: DemoLocation[] = [];
  const siteCount = r.int(1, 3);
  for (let s = 0; s < siteCount; s++) {
    const place = r.pick(cities);
    const siteKey = `site${s}`;
    out.push({
      key: siteKey,
      parentKey: null,
      name: s === 0 ? "Head office" : `${place.city} branch`,
      kind: "site",
      addressLine1: `${r.int(10, 4999)} ${r.pick(streets)}`,
      city: place.city,
      region: place.region,
      postalCode: place.postal,
      country: place.country,
    });
    const floors = s === 0 ? r.int(1, 3) : 1;
    for (let f = 1; f <= floors; f++) {
      const floorKey = `${siteKey}-f${f}`;
      out.push({ key: floorKey, parentKey: siteKey, name: `Floor ${f}`, kind: "floor" });
      if (f === 1) {
        const roomKey = `${floorKey}-server`;
        out.push({ key: roomKey, parentKey: floorKey, name: s === 0 ? "Server room" : "Comms closet", kind: "room" });
        out.push({ key: `${roomKey}-rack`, parentKey: roomKey, name: "Rack A", kind: "rack" });
      }
    }
  }
  return out;
}

function demoContacts(r: Random, domain: string, locations: DemoLocation[]): DemoContact[] {
  const count = r.int(3, 8);
  const seen = new Set<string>();
  const sites = locations.filter((l) => l.kind === "site");
  const out: DemoContact[] = [];
  while (out.length < count) {
    const firstName = r.pick(firstNames);
    const lastName = r.pick(lastNames);
    const email = `${firstName}.${lastName}@${domain}`.toLowerCase();
    if (seen.has(email)) continue;
    seen.add(email);
    out.push({
      firstName,
      lastName,
      email,
      phone: phone(r),
      title: out.length === 0 ? r.pick(["Owner", "Office Manager", "Managing Partner"]) : r.pick(contactTitles),
      isPrimary: out.length === 0,
      locationKey: r.pick(sites).key,
    });
  }
  return out;
}

/**
 * The client companies of one demo tenant: `count` distinct names with locations and contacts.
 * `names` lets tenants draw from disjoint parts of the pool, so two MSPs do not share clients.
 */
export function demoCompanies(r: Random, count: number, names: readonly string[] = companyNames): DemoCompany[] {
  const usedCodes = new Set<string>();
  return r
    .shuffle(names)
    .slice(0, count)
    .map((name) => {
      const domain = `${slugify(name).replace(/-(co|group|inc)$/, "")}.example`;
      const locations = demoLocations(r);
      return {
        name,
        code: codeFor(name, usedCodes),
        domain,
        phone: phone(r),
        website: `https://www.${domain}`,
        locations,
        contacts: demoContacts(r, domain, locations),
      };
    });
}
