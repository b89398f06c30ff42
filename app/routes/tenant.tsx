import { redirect, type ActionFunctionArgs } from "@remix-run/node";
import { z } from "zod";
import { switchTenant } from "../../server/services/session/switch-tenant";
import { readBody } from "../../server/http/remix";

export async function loader() {
  return redirect("/");
}

/** The header's tenant switch: only to a tenant the person is a member of. */
export async function action({ request, context }: ActionFunctionArgs) {
  const auth = await context.getAuth();
  if (!auth || auth.kind !== "session") return redirect("/login");
  const parsed = z.object({ tenantId: z.string().uuid() }).safeParse(await readBody(request));
  if (!parsed.success) throw new Response("tenantId: must be a tenant id", { status: 400 });
  const membership = await switchTenant(context.app, auth.session, parsed.data.tenantId, context.meta);
  if (!membership) throw new Response("You are not a member of that tenant", { status: 404 });
  return redirect(membership.role === "client_user" ? "/portal" : "/companies");
}
