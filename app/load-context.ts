import type { AppServices } from "../server/app-services";
import type { RequestAuth, RequestMeta } from "../server/http/request-auth";

/** What the server (server/http/express-app.ts) hands every loader and action. */
export interface TesseraLoadContext {
  app: AppServices;
  meta: RequestMeta;
  /** The request's session or token, resolved once and memoised; renews the cookie when due. */
  getAuth(): Promise<RequestAuth | null>;
}

declare module "@remix-run/node" {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface AppLoadContext extends TesseraLoadContext {}
}
