import { json, redirect, type LoaderFunctionArgs } from "@remix-run/node";
import { permissionsOfRole, type Permission } from "../auth/permissions";
import type { ServiceContext } from "../context";
import { AppError } from "../errors";
import type { Membership } from "../services/session/memberships";
import { toActionFailure, httpStatusOf } from "./errors";
import { runAsTenant, type RequestAuth } from "./request-auth";

type Args = Pick<LoaderFunctionArgs, "request" | "context">;
export type SessionAuth = Extract<RequestAuth, { kind: "session" }>;

export interface StaffAccess {
  auth: SessionAuth;
  membership: Membership;
  permissions: Permission[];
}

/** Loader guard for workspace pages: a signed-in staff member with an active tenant. */
export async function requireStaff({ request, context }: Args): Promise<StaffAccess> {
  const auth = await context.getAuth();
  if (!auth || auth.kind !== "session") {
    const url = new URL(request.url);
    throw redirect(`/login?redirectTo=${encodeURIComponent(url.pathname + url.search)}`);
  }
  if (!auth.membership) throw new Response("Your account is not a member of any workspace yet.", { status: 403 });
  if (auth.membership.role === "client_user") throw redirect("/portal");
  return { auth, membership: auth.membership, permissions: permissionsOfRole(auth.membership.role) };
}

/** Runs a service for a loader; typed errors become HTTP error responses for the route's boundary. */
export async function loadWith<T>(args: Args, auth: RequestAuth, fn: (ctx: ServiceContext) => Promise<T>): Promise<T> {
  try {
    return await runAsTenant(args.context.app, auth, args.context.meta, fn);
  } catch (error) {
    if (error instanceof AppError) throw new Response(error.message, { status: httpStatusOf(error) });
    throw error;
  }
}

/**
 * Runs a service for an action. Typed errors come back as `{ ok: false, message, fieldErrors }`
 * with the matching status, so the form shows them beside the fields.
 */
export async function actWith<T>(args: Args, auth: RequestAuth, fn: (ctx: ServiceContext) => Promise<T>) {
  try {
    const result = await runAsTenant(args.context.app, auth, args.context.meta, fn);
    return json({ ok: true as const, result });
  } catch (error) {
    if (error instanceof AppError) return json(toActionFailure(error), { status: httpStatusOf(error) });
    throw error;
  }
}

/** Reads an action body: JSON (react-hook-form submissions) or form data, as a plain object. */
export async function readBody(request: Request): Promise<Record<string, unknown>> {
  if (request.headers.get("content-type")?.includes("application/json")) {
    const body: unknown = await request.json().catch(() => null);
    if (!body || typeof body !== "object" || Array.isArray(body)) throw new Response("Expected a JSON object", { status: 400 });
    return body as Record<string, unknown>;
  }
  return Object.fromEntries(await request.formData());
}

/** Only same-site paths may be redirected to after sign-in. */
export function safeRedirect(target: unknown, fallback = "/"): string {
  if (typeof target !== "string" || !target.startsWith("/") || target.startsWith("//") || target.startsWith("/\\")) return fallback;
  return target;
}
