import { z } from "zod";
import { isCalendarDate } from "./calendar";

// zod building blocks shared by the services' input schemas (and, through them, the browser forms):
// one wording for each rule, so every field error reads the same. No node-only imports here.

const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (value: string) => UUID_PATTERN.test(value);

/** A required id: `idOf("a company")` → "must be a company id". */
export const idOf = (what: string) => z.string().uuid(`must be ${what} id`);

/**
 * An optional reference to another row. Forms send "" for "none", so a blank is accepted and
 * becomes NULL through blankToNull; a refine (not a union) keeps the message naming the field.
 */
export const optionalId = (message: string) =>
  z
    .string()
    .trim()
    .refine((v) => v === "" || isUuid(v), message)
    .nullish();

export const requiredText = (max: number) => z.string().trim().min(1, "is required").max(max, `must be at most ${max} characters`);
export const optionalText = (max: number) => z.string().trim().max(max, `must be at most ${max} characters`).nullish();

export const oneOf = <T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { errorMap: () => ({ message: `must be one of ${values.join(", ")}` }) });

export const DATE_MESSAGE = "must be a date (YYYY-MM-DD)";
/** A calendar date that exists ("2026-02-30" does not). */
export const calendarDate = z.string().trim().refine(isCalendarDate, DATE_MESSAGE);
/** The same, optional; a blank counts as none. */
export const optionalDate = z
  .string()
  .trim()
  .refine((v) => v === "" || isCalendarDate(v), DATE_MESSAGE)
  .nullish();
