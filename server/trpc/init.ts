import { initTRPC, TRPCError, type TRPC_ERROR_CODE_KEY } from "@trpc/server";
import superjson from "superjson";
import { ZodError } from "zod";
import type { AppServices } from "../app-services";
import { AppError, errorKindOf, type UnauthorizedError, ValidationError, type FieldIssue } from "../errors";
import type { RequestAuth, RequestMeta } from "../http/request-auth";

/**
 * Per-request context. `auth` is resolved before any procedure runs (session cookie or bearer
 * token); `authError` keeps a bad token's message for the procedures that need auth.
 */
export interface TrpcContext {
  app: AppServices;
  meta: RequestMeta;
  auth: RequestAuth | null;
  authError: UnauthorizedError | null;
}

const codeOf = (error: AppError): TRPC_ERROR_CODE_KEY => errorKindOf(error).code;

function fieldIssues(error: TRPCError): FieldIssue[] | undefined {
  if (error.cause instanceof ValidationError) return error.cause.issues;
  if (error.cause instanceof ZodError) {
    return error.cause.issues.map((i) => ({ field: i.path.join(".") || "input", message: i.message }));
  }
  return undefined;
}

const t = initTRPC.context<TrpcContext>().create({
  transformer: superjson,
  errorFormatter({ shape, error }) {
    const issues = fieldIssues(error);
    const message = issues ? issues.map((i) => `${i.field}: ${i.message}`).join("; ") : shape.message;
    // Internal errors never show their message or stack to a caller.
    const internal = error.code === "INTERNAL_SERVER_ERROR";
    return {
      ...shape,
      message: internal ? "Internal error" : message,
      data: { code: shape.data.code, httpStatus: shape.data.httpStatus, path: shape.data.path, issues: issues ?? null },
    };
  },
});

/** Maps the typed service errors to tRPC codes, once for every procedure; logs unknown ones. */
const mapErrors = t.middleware(async ({ ctx, next, path }) => {
  const result = await next();
  if (result.ok) return result;
  const cause = result.error.cause;
  if (cause instanceof AppError) throw new TRPCError({ code: codeOf(cause), message: cause.message, cause });
  if (result.error.code === "INTERNAL_SERVER_ERROR") {
    ctx.app.log.error("procedure failed", { path, requestId: ctx.meta.requestId, error: cause ?? result.error });
  }
  return result;
});

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;
export const baseProcedure = t.procedure.use(mapErrors);
export const middleware = t.middleware;
