import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import type { AppServices } from "../app-services";
import { UnauthorizedError } from "../errors";
import { resolveRequestAuth, type RequestAuth, type RequestMeta } from "../http/request-auth";
import { appRouter } from "./router";

export const TRPC_ENDPOINT = "/api/trpc";

/** Serves the tRPC API for one fetch Request (the Remix resource route and tests call this). */
export function handleTrpcRequest(app: AppServices, request: Request, meta: RequestMeta): Promise<Response> {
  return fetchRequestHandler({
    endpoint: TRPC_ENDPOINT,
    req: request,
    router: appRouter,
    async createContext() {
      let auth: RequestAuth | null = null;
      let authError: UnauthorizedError | null = null;
      try {
        auth = await resolveRequestAuth(app, request, meta);
      } catch (error) {
        if (!(error instanceof UnauthorizedError)) throw error;
        authError = error;
      }
      return { app, meta, auth, authError };
    },
    onError({ error, path }) {
      if (error.code === "INTERNAL_SERVER_ERROR") app.log.error("trpc error", { path, requestId: meta.requestId, error });
    },
  });
}
