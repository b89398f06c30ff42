import { ConflictError, pgErrorCode } from "../../errors";

/** Turns the unique violation on (tenant, company, lower(email)) into a conflict naming the field. */
export function mapContactWriteError(error: unknown, values: { email?: string | null }): never {
  const { code, constraint } = pgErrorCode(error);
  if (code === "23505" && constraint === "contacts_email_key") {
    throw new ConflictError(`email: another contact of this company already uses "${values.email}"`, {
      field: "email",
    });
  }
  throw error;
}
