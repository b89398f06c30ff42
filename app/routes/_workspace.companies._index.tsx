import { json, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData, useNavigate, useNavigation } from "@remix-run/react";
import { useState } from "react";
import { createCompany } from "../../server/services/companies/create-company";
import { listCompanies } from "../../server/services/companies/list-companies";
import { actWith, loadWith, readBody, requireStaff } from "../../server/http/remix";
import { PageErrorBoundary } from "~/components/route-error";
import { CompanyForm, emptyCompany } from "~/components/company-form";
import { useWorkspace } from "~/components/shell/use-workspace";
import { Button } from "~/components/ui/button";
import { Dialog } from "~/components/ui/dialog";
import { KeysetPager } from "~/components/ui/keyset-pager";
import { EmptyState, PageHeader } from "~/components/ui/page-header";
import { DataTable } from "~/components/ui/data-table";

export const meta: MetaFunction = () => [{ title: "Companies · Tessera" }];

const PAGE_SIZE = 50;

export async function loader(args: LoaderFunctionArgs) {
  const { auth } = await requireStaff(args);
  const url = new URL(args.request.url);
  const search = url.searchParams.get("q")?.trim() || undefined;
  const cursor = url.searchParams.get("cursor") || undefined;
  const includeArchived = url.searchParams.get("archived") === "1";
  const page = await loadWith(args, auth, (ctx) => listCompanies(ctx, { search, cursor, includeArchived, limit: PAGE_SIZE }));
  return json({ ...page, search: search ?? "", includeArchived, isFirstPage: !cursor });
}

export async function action(args: ActionFunctionArgs) {
  const { auth } = await requireStaff(args);
  const { intent, ...values } = await readBody(args.request);
  if (intent !== "create") throw new Response(`Unknown intent ${String(intent)}`, { status: 400 });
  return actWith(args, auth, (ctx) => createCompany(ctx, values as Parameters<typeof createCompany>[1]));
}

export default function CompaniesPage() {
  const { items, nextCursor, search, includeArchived, isFirstPage } = useLoaderData<typeof loader>();
  const { can } = useWorkspace();
  const [creating, setCreating] = useState(false);
  const navigate = useNavigate();
  const loading = useNavigation().state === "loading";

  return (
    <div>
      <PageHeader
        title="Companies"
        subtitle="Client companies of this tenant, with their locations and contacts"
        actions={
          can("companies.write") ? (
            <Button variant="primary" onClick={() => setCreating(true)}>
              New company
            </Button>
          ) : null
        }
      />
      <div className="space-y-3 p-5">
        <Form method="get" role="search" className="flex flex-wrap items-center gap-2">
          <label htmlFor="company-search" className="sr-only">
            Search companies
          </label>
          <input
            id="company-search"
            name="q"
            type="search"
            defaultValue={search}
            placeholder="Search by name, code or domain"
            className="h-8 w-72 rounded border border-slate-300 bg-white px-2 text-sm"
          />
          <label className="flex items-center gap-1.5 text-sm text-slate-700">
            <input type="checkbox" name="archived" value="1" defaultChecked={includeArchived} />
            Include archived
          </label>
          <Button type="submit">Search</Button>
          {search || includeArchived ? (
            <Link to="/companies" className="text-sm text-brand-700 hover:underline">
              Clear
            </Link>
          ) : null}
        </Form>

        {items.length === 0 ? (
          <EmptyState title={search ? `No company matches “${search}”` : "No companies yet"}>
            {search ? "Try part of the name, the client code or the domain." : can("companies.write") ? "Create the first client company with “New company”." : null}
          </EmptyState>
        ) : (
          <DataTable columns={[{ label: "Name" }, { label: "Code" }, { label: "Domain" }, { label: "Phone" }, { label: "Locations", className: "text-right" }, { label: "Contacts", className: "text-right" }]} dimmed={loading}>
                {items.map((c) => (
                  <tr key={c.companyId} className="hover:bg-slate-50">
                    <td className="px-3 py-1.5">
                      <Link to={`/companies/${c.companyId}`} className="font-medium text-brand-700 hover:underline">
                        {c.name}
                      </Link>
                      {c.archivedAt ? <span className="ml-2 rounded bg-slate-200 px-1.5 text-xs text-slate-700">archived</span> : null}
                    </td>
                    <td className="px-3 py-1.5 font-mono text-xs text-slate-700">{c.code}</td>
                    <td className="px-3 py-1.5 text-slate-700">{c.domain}</td>
                    <td className="px-3 py-1.5 whitespace-nowrap text-slate-700">{c.phone}</td>
                    <td className="px-3 py-1.5 text-right tabular-nums">{c.locationCount}</td>
                    <td className="px-3 py-1.5 text-right tabular-nums">{c.contactCount}</td>
                  </tr>
                ))}
          </DataTable>
        )}
        <KeysetPager shown={items.length} nextCursor={nextCursor} isFirstPage={isFirstPage} />
      </div>
      <Dialog open={creating} onOpenChange={setCreating} title="New company" description="A client company of this tenant.">
        <CompanyForm<{ companyId: string }>
          intent="create"
          defaultValues={emptyCompany}
          submitLabel="Create company"
          onSuccess={(created) => {
            setCreating(false);
            navigate(`/companies/${created.companyId}`);
          }}
        />
      </Dialog>
    </div>
  );
}

export const ErrorBoundary = PageErrorBoundary;
