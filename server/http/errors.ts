import {
  type AppError,
  ConflictError,
  ForbiddenError,
  NotFoundError,
  TooManyRequestsError,
  UnauthorizedError,
  ValidationError,
} from "../errors";

/** HTTP status of a typed service error — the Remix twin of the tRPC mapping in server/trpc/init.ts. */
export function httpStatusOf(error: AppError): number {
  if (error instanceof NotFoundError) return 404;
  if (error instanceof ForbiddenError) return 403;
  if (error instanceof UnauthorizedError) return 401;
  if (error instanceof ConflictError) return 409;
  if (error instanceof TooManyRequestsError) return 429;
  if (error instanceof ValidationError) return 400;
  return 400;
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
