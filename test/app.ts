import { createTRPCClient, httpLink, TRPCClientError } from "@trpc/client";
import superjson from "superjson";
import type { DatabaseHandle } from "../db/client";
import { createAppServices, type AppServices } from "../server/app-services";
import { loadConfig } from "../server/config";
import type { RequestMeta } from "../server/http/request-auth";
import { createLogger } from "../server/logger";
import { handleTrpcRequest } from "../server/trpc/handler";
import type { AppRouter } from "../server/trpc/router";

/** The app's long-lived services over a test database, with a silent logger. */
export function makeTestApp(database: DatabaseHandle, env: Record<string, string> = {}): AppServices {
  return createAppServices(loadConfig({ LOG_LEVEL: "silent", ...env }), database, createLogger("silent"));
}

export const testMeta = (ip = "203.0.113.7"): RequestMeta => ({ requestId: "test-request", ip, secure: false, userAgent: "vitest" });

/** A session cookie for `userId`, made by the real session manager. */
export async function sessionCookieFor(app: AppServices, userId: string, activeTenantId: string | null) {
  const { setCookie } = await app.sessions.create(userId, { activeTenantId, ip: null, userAgent: null }, false);
  return setCookie.split(";")[0];
}

/**
 * The real tRPC client, its fetch wired straight to the API handler (no socket), sending either
 * a session cookie or a bearer token.
 */
export function apiClient(app: AppServices, auth: { cookie?: string; token?: string } = {}) {
  return createTRPCClient<AppRouter>({
    links: [
      httpLink({
        url: "http://tessera.test/api/trpc",
        transformer: superjson,
        headers: () => ({
          ...(auth.cookie ? { cookie: auth.cookie } : {}),
          ...(auth.token ? { authorization: `Bearer ${auth.token}` } : {}),
        }),
        fetch: (url, init) => handleTrpcRequest(app, new Request(url, init as RequestInit), testMeta()),
      }),
    ],
  });
}

/** The tRPC error code of a failed call (e.g. "NOT_FOUND"), for expect(...).rejects assertions. */
export async function errorCodeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof TRPCClientError) return String((error.data as { code?: string } | undefined)?.code);
    throw error;
  }
  return "no error";
}
