import type { z } from "zod";
import { ValidationError } from "../errors";

/** Parses service input; a failure names each field (`locations.0.name: Required`). */
export function parseInput<S extends z.ZodTypeAny>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  throw new ValidationError(
    result.error.issues.map((issue) => ({
      field: issue.path.length ? issue.path.join(".") : "input",
      message: issue.message,
    })),
  );
}

/** Empty strings from forms and APIs become NULL: blank identifiers are never stored as ''. */
export function blankToNull<T extends Record<string, unknown>>(values: T): T {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(values)) out[k] = typeof v === "string" && v.trim() === "" ? null : v;
  return out as T;
}

/** Escapes LIKE wildcards so a user's search text matches literally. */
export function likePattern(term: string): string {
  return `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
