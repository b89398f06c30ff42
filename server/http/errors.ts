import { errorKindOf, ValidationError, type AppError } from "../errors";

/** HTTP status of a typed service error (the table is in server/errors.ts, shared with tRPC). */
export function httpStatusOf(error: AppError): number {
  return errorKindOf(error).status;
}

export interface ActionFailure {
  ok: false;
  message: string;
  fieldErrors: Record<string, string>;
}

/** Form-friendly shape of a service error: a message and, where known, the field it concerns. */
export function toActionFailure(error: AppError): ActionFailure {
  const fieldErrors: Record<string, string> = {};
  if (error instanceof ValidationError) {
    for (const issue of error.issues) fieldErrors[issue.field] ??= issue.message;
  } else if (typeof error.details?.field === "string") {
    fieldErrors[error.details.field] = error.message.replace(/^[\w.]+: /, "");
  }
  return { ok: false, message: error.message, fieldErrors };
}
