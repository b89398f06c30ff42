import { json, type LoaderFunctionArgs } from "@remix-run/node";
import { Outlet, useLoaderData } from "@remix-run/react";
import { requireStaff } from "../../server/http/remix";
import { listMemberships } from "../../server/services/session/memberships";
import { PageErrorBoundary } from "~/components/route-error";
import { AppHeader } from "~/components/shell/app-header";
import { SideNav } from "~/components/shell/side-nav";

export async function loader(args: LoaderFunctionArgs) {
  const { auth, membership, permissions } = await requireStaff(args);
  const memberships = await listMemberships(args.context.app.db, auth.session.user.userId);
  return json({
    user: { name: auth.session.user.name, email: auth.session.user.email },
    tenant: { tenantId: membership.tenantId, name: membership.tenantName, role: membership.role },
    memberships: memberships.map((m) => ({ tenantId: m.tenantId, name: m.tenantName, role: m.role })),
    permissions,
  });
}

export default function WorkspaceLayout() {
  const data = useLoaderData<typeof loader>();
  return (
    <div className="flex h-full flex-col">
      <AppHeader user={data.user} tenant={data.tenant} memberships={data.memberships} />
      <div className="flex min-h-0 flex-1">
        <SideNav permissions={data.permissions} />
        <main id="main" className="min-w-0 flex-1 overflow-y-auto">
          <Outlet />
        </main>
      </div>
    </div>
  );
}

export const ErrorBoundary = PageErrorBoundary;
