import { redirect, type LoaderFunctionArgs } from "@remix-run/node";
import type { Membership } from "../services/session/memberships";
import type { SessionAuth } from "./remix";

type Args = Pick<LoaderFunctionArgs, "request" | "context">;

export interface PortalAccess {
  auth: SessionAuth;
  membership: Membership;
}

/**
 * Loader guard for portal pages: a signed-in client user. Staff belong in the workspace and are
 * sent there; what the client may see is then decided by the portal services (portal.read).
 */
export async function requirePortalUser({ request, context }: Args): Promise<PortalAccess> {
  const auth = await context.getAuth();
  if (!auth || auth.kind !== "session") {
    const url = new URL(request.url);
    throw redirect(`/login?redirectTo=${encodeURIComponent(url.pathname + url.search)}`);
  }
  if (!auth.membership) throw new Response("Your account is not a member of any workspace yet.", { status: 403 });
  if (auth.membership.role !== "client_user") throw redirect("/companies");
  return { auth, membership: auth.membership };
}
