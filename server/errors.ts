/**
 * The typed errors services throw. Adapters map them once: tRPC in server/trpc/init.ts,
 * Remix loaders/actions in server/http/errors.ts. Anything else is an internal error whose
 * message never reaches a user.
 */
export class AppError extends Error {
  constructor(
    message: string,
    public readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class NotFoundError extends AppError {
  constructor(what: string, id?: string) {
    super(id ? `${what} ${id} was not found` : `${what} was not found`);
  }
}

export class ForbiddenError extends AppError {}

export class UnauthorizedError extends AppError {
  constructor(message = "Sign in to continue") {
    super(message);
  }
}

export class ConflictError extends AppError {}

export class TooManyRequestsError extends AppError {
  constructor(
    message: string,
    public readonly retryAfterSeconds: number,
  ) {
    super(message, { retryAfterSeconds });
  }
}

export interface FieldIssue {
  field: string;
  message: string;
}

export class ValidationError extends AppError {
  constructor(public readonly issues: FieldIssue[]) {
    super(issues.map((i) => `${i.field}: ${i.message}`).join("; "), { issues });
  }

  static field(field: string, message: string): ValidationError {
    return new ValidationError([{ field, message }]);
  }
}

/**
 * How each typed error reaches a caller: the tRPC code and the HTTP status. One table, read by the
 * tRPC error middleware and by the Remix loader/action helpers.
 */
export function errorKindOf(error: AppError): { code: "NOT_FOUND" | "FORBIDDEN" | "UNAUTHORIZED" | "CONFLICT" | "TOO_MANY_REQUESTS" | "BAD_REQUEST"; status: number } {
  if (error instanceof NotFoundError) return { code: "NOT_FOUND", status: 404 };
  if (error instanceof ForbiddenError) return { code: "FORBIDDEN", status: 403 };
  if (error instanceof UnauthorizedError) return { code: "UNAUTHORIZED", status: 401 };
  if (error instanceof ConflictError) return { code: "CONFLICT", status: 409 };
  if (error instanceof TooManyRequestsError) return { code: "TOO_MANY_REQUESTS", status: 429 };
  return { code: "BAD_REQUEST", status: 400 };
}

/** Postgres error code of a driver error; Drizzle wraps it in `cause` (trap 7). */
export function pgErrorCode(error: unknown): { code?: string; constraint?: string } {
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current; depth++) {
    const c = current as { code?: unknown; constraint?: unknown; constraint_name?: unknown; cause?: unknown };
    if (typeof c.code === "string" && /^[0-9A-Z]{5}$/.test(c.code)) {
      const constraint = (c.constraint ?? c.constraint_name) as string | undefined;
      return { code: c.code, constraint };
    }
    current = c.cause;
  }
  return {};
}
