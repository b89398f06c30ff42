import { json, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { loadWith } from "../../server/http/remix";
import { requirePortalUser } from "../../server/http/portal-guard";
import { getPortalCompany } from "../../server/services/portal/get-portal-company";
import { PortalCompany } from "~/components/portal/portal-company";
import { PortalHeader } from "~/components/portal/portal-header";
import { PageErrorBoundary } from "~/components/route-error";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data?.view.enabled ? `${data.view.company.name} · Client portal` : "Client portal · Tessera" },
];

export async function loader(args: LoaderFunctionArgs) {
  const { auth, membership } = await requirePortalUser(args);
  const view = await loadWith(args, auth, (ctx) => getPortalCompany(ctx));
  return json({
    user: { name: auth.session.user.name, email: auth.session.user.email },
    provider: membership.tenantName,
    view,
  });
}

export default function PortalPage() {
  const { user, provider, view } = useLoaderData<typeof loader>();
  return (
    <div className="min-h-full bg-slate-50">
      <PortalHeader title={view.enabled ? view.company.name : provider} provider={provider} user={user} />
      <main id="main" className="mx-auto max-w-5xl px-5 py-6">
        {view.enabled ? (
          <PortalCompany company={view.company} locations={view.locations} contacts={view.contacts} />
        ) : (
          <div role="status" className="rounded border border-slate-200 bg-white px-6 py-10 text-center">
            <h1 className="text-base font-semibold text-slate-900">The client portal is not available yet</h1>
            <p className="mt-1 text-slate-600">
              {provider} has not enabled the portal for your company. Please contact them if you need access.
            </p>
          </div>
        )}
      </main>
    </div>
  );
}

export const ErrorBoundary = PageErrorBoundary;
