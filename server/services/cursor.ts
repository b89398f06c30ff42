import { ValidationError } from "../errors";

type FieldKind = "string" | "date";
type Decoded<T extends Record<string, FieldKind>> = { [K in keyof T]: T[K] extends "date" ? Date : string };

/** Opaque keyset cursors: the sort key of the last row, base64url-encoded JSON. */
export function encodeCursor(values: Record<string, string | Date>): string {
  const plain = Object.fromEntries(
    Object.entries(values).map(([k, v]) => [k, v instanceof Date ? v.toISOString() : v]),
  );
  return Buffer.from(JSON.stringify(plain)).toString("base64url");
}

export function decodeCursor<T extends Record<string, FieldKind>>(
  cursor: string | undefined | null,
  shape: T,
): Decoded<T> | null {
  if (!cursor) return null;
  try {
    const raw = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) as Record<string, unknown>;
    const out: Record<string, string | Date> = {};
    for (const [key, kind] of Object.entries(shape)) {
      const value = raw[key];
      if (typeof value !== "string") throw new Error("missing");
      if (kind === "date") {
        const date = new Date(value);
        if (Number.isNaN(date.getTime())) throw new Error("bad date");
        out[key] = date;
      } else out[key] = value;
    }
    return out as Decoded<T>;
  } catch {
    throw ValidationError.field("cursor", "is not a cursor this list issued; start again from the first page");
  }
}
