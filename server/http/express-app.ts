import { randomUUID } from "node:crypto";
import path from "node:path";
import { createRequestHandler } from "@remix-run/express";
import type { ServerBuild } from "@remix-run/node";
import express, { type NextFunction, type Request as ExpressRequest, type Response } from "express";
import type { AppServices } from "../app-services";
import { checkOrigin } from "./origin";
import { resolveRequestAuth, type RequestAuth, type RequestMeta } from "./request-auth";

const REQUEST_ID = /^[A-Za-z0-9._-]{8,100}$/;

interface Locals {
  meta: RequestMeta;
}

/** The HTTP server: request ids and JSON access logs, CSRF origin check, static files, Remix. */
export function createExpressApp(app: AppServices, build: ServerBuild, publicDir = path.resolve("public")) {
  const server = express();
  server.disable("x-powered-by");
  if (app.config.TRUST_PROXY) server.set("trust proxy", true);

  server.use((req: ExpressRequest, res: Response, next: NextFunction) => {
    const incoming = req.get("x-request-id");
    const requestId = incoming && REQUEST_ID.test(incoming) ? incoming : randomUUID();
    const meta: RequestMeta = { requestId, ip: req.ip ?? "unknown", secure: req.secure, userAgent: req.get("user-agent") ?? null };
    (res.locals as Locals).meta = meta;
    res.setHeader("X-Request-Id", requestId);
    const started = process.hrtime.bigint();
    res.on("finish", () => {
      if (req.path.startsWith("/build/")) return;
      app.log.info("request", {
        requestId,
        method: req.method,
        path: req.path,
        status: res.statusCode,
        durationMs: Number(process.hrtime.bigint() - started) / 1e6,
      });
    });
    next();
  });

  server.use("/build", express.static(path.join(publicDir, "build"), { immutable: true, maxAge: "1y" }));
  server.use(express.static(publicDir, { maxAge: "1h", index: false }));

  server.use(originGuard(app));

  server.all(
    "*",
    createRequestHandler({
      build,
      mode: process.env.NODE_ENV,
      getLoadContext(req, res) {
        const meta = (res.locals as Locals).meta;
        let auth: Promise<RequestAuth | null> | undefined;
        const request = new Request(`http://${req.get("host") ?? "localhost"}${req.originalUrl}`, {
          headers: req.headers as Record<string, string>,
        });
        return {
          app,
          meta,
          getAuth() {
            auth ??= resolveRequestAuth(app, request, meta).then((resolved) => {
              // lucia renewed the session: send the new expiry with whatever response follows.
              if (resolved?.kind === "session" && resolved.session.setCookie && !res.headersSent) {
                res.append("Set-Cookie", resolved.session.setCookie);
              }
              return resolved;
            });
            return auth;
          },
        };
      },
    }),
  );
  return server;
}

/** Refuses state-changing requests from other sites before they reach any route (server/http/origin.ts). */
export function originGuard(app: Pick<AppServices, "config" | "log">) {
  return (req: ExpressRequest, res: Response, next: NextFunction) => {
    const forwardedHost = app.config.TRUST_PROXY ? req.get("x-forwarded-host") : undefined;
    const verdict = checkOrigin({
      method: req.method,
      origin: req.get("origin") ?? null,
      referer: req.get("referer") ?? null,
      host: forwardedHost ?? req.get("host") ?? null,
      hasCookie: Boolean(req.get("cookie")),
      hasBearer: /^bearer\s/i.test(req.get("authorization") ?? ""),
      allowedOrigins: app.config.ALLOWED_ORIGINS,
    });
    if (verdict.ok) return next();
    app.log.warn("cross-site request refused", { requestId: (res.locals as Partial<Locals>).meta?.requestId, reason: verdict.reason });
    res.status(403).type("text/plain").send(`Cross-site request refused: ${verdict.reason}.`);
  };
}
