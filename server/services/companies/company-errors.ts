import { ConflictError, pgErrorCode } from "../../errors";

/** Turns a unique violation on companies into a conflict that names the field. */
export function mapCompanyWriteError(error: unknown, values: { name?: string | null; code?: string | null }): never {
  const { code, constraint } = pgErrorCode(error);
  if (code === "23505" && constraint === "companies_name_key") {
    throw new ConflictError(`name: a company named "${values.name}" already exists`, { field: "name" });
  }
  if (code === "23505" && constraint === "companies_code_key") {
    throw new ConflictError(`code: the code "${values.code}" is already used by another company`, { field: "code" });
  }
  throw error;
}
