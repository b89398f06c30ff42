import { json, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import type { ServiceContext } from "../../server/context";
import { actWith, loadWith, readBody, requireStaff } from "../../server/http/remix";
import { archiveCompany } from "../../server/services/companies/archive-company";
import { getCompany } from "../../server/services/companies/get-company";
import { updateCompany } from "../../server/services/companies/update-company";
import { archiveContact } from "../../server/services/contacts/archive-contact";
import { createContact } from "../../server/services/contacts/create-contact";
import { listContacts } from "../../server/services/contacts/list-contacts";
import { updateContact } from "../../server/services/contacts/update-contact";
import { createLocation } from "../../server/services/locations/create-location";
import { deleteLocation } from "../../server/services/locations/delete-location";
import { listLocations } from "../../server/services/locations/list-locations";
import { updateLocation } from "../../server/services/locations/update-location";
import { PageErrorBoundary } from "~/components/route-error";
import { CompanyForm } from "~/components/company-form";
import { ContactsPanel } from "~/components/company/contacts-panel";
import { LocationsPanel } from "~/components/company/locations-panel";
import { useWorkspace } from "~/components/shell/use-workspace";
import { ConfirmButton } from "~/components/ui/confirm-button";
import { PageHeader } from "~/components/ui/page-header";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.company.name ?? "Company"} · Tessera` }];

export async function loader(args: LoaderFunctionArgs) {
  const { auth } = await requireStaff(args);
  const companyId = args.params.companyId ?? "";
  const { company, locations, contacts } = await loadWith(args, auth, async (ctx) => {
    const found = await getCompany(ctx, { companyId });
    const [locs, people] = await Promise.all([listLocations(ctx, { companyId }), listContacts(ctx, { companyId })]);
    return { company: found, locations: locs, contacts: people };
  });
  return json({ company, locations, contacts });
}

type Body = Record<string, unknown>;
type Handler = (ctx: ServiceContext, body: Body, companyId: string) => Promise<unknown>;

// Each intent is one service call; the service validates the body (and names bad fields).
const intents: Record<string, Handler> = {
  update: (ctx, body, companyId) => updateCompany(ctx, { companyId, data: body as Parameters<typeof updateCompany>[1]["data"] }),
  archive: (ctx, _body, companyId) => archiveCompany(ctx, { companyId, archived: true }),
  restore: (ctx, _body, companyId) => archiveCompany(ctx, { companyId, archived: false }),
  createLocation: (ctx, body, companyId) => createLocation(ctx, { ...(body as Parameters<typeof createLocation>[1]), companyId }),
  updateLocation: (ctx, { locationId, ...data }) => updateLocation(ctx, { locationId: String(locationId), data }),
  deleteLocation: (ctx, body) => deleteLocation(ctx, { locationId: String(body.locationId) }),
  createContact: (ctx, body, companyId) => createContact(ctx, { ...(body as Parameters<typeof createContact>[1]), companyId }),
  updateContact: (ctx, { contactId, ...data }) => updateContact(ctx, { contactId: String(contactId), data }),
  archiveContact: (ctx, body) => archiveContact(ctx, { contactId: String(body.contactId), archived: true }),
};

export async function action(args: ActionFunctionArgs) {
  const { auth } = await requireStaff(args);
  const { intent, ...body } = await readBody(args.request);
  const handler = typeof intent === "string" ? intents[intent] : undefined;
  if (!handler) throw new Response(`Unknown intent ${String(intent)}`, { status: 400 });
  return actWith(args, auth, (ctx) => handler(ctx, body, args.params.companyId ?? ""));
}

export default function CompanyPage() {
  const { company, locations, contacts } = useLoaderData<typeof loader>();
  const { can } = useWorkspace();
  const canEdit = can("companies.write");
  return (
    <div>
      <PageHeader
        title={
          <>
            {company.name}
            {company.archivedAt ? <span className="ml-2 rounded bg-slate-200 px-1.5 py-0.5 align-middle text-xs font-normal text-slate-700">archived</span> : null}
          </>
        }
        subtitle={
          <>
            <Link to="/companies" className="text-brand-700 hover:underline">
              Companies
            </Link>
            {company.code ? ` · ${company.code}` : ""}
            {company.domain ? ` · ${company.domain}` : ""}
          </>
        }
        actions={
          canEdit ? (
            company.archivedAt ? (
              <ConfirmButton label="Restore" size="md" title="Restore this company?" description="It returns to the companies list." confirmLabel="Restore company" payload={{ intent: "restore" }} />
            ) : (
              <ConfirmButton
                label="Archive"
                size="md"
                variant="danger"
                title={`Archive ${company.name}?`}
                description="The company leaves the default list. Its locations, contacts and history are kept, and it can be restored."
                confirmLabel="Archive company"
                payload={{ intent: "archive" }}
              />
            )
          ) : null
        }
      />
      <div className="grid grid-cols-1 gap-4 p-5 xl:grid-cols-[minmax(0,2fr)_minmax(0,3fr)]">
        <section aria-labelledby="details-heading" className="self-start rounded border border-slate-200 bg-white p-4">
          <h2 id="details-heading" className="mb-3 font-semibold">
            Details
          </h2>
          <CompanyForm
            key={company.updatedAt}
            intent="update"
            submitLabel="Save changes"
            disabled={!canEdit}
            defaultValues={{
              name: company.name,
              code: company.code ?? "",
              domain: company.domain ?? "",
              phone: company.phone ?? "",
              website: company.website ?? "",
              notes: company.notes ?? "",
            }}
          />
        </section>
        <div className="space-y-4">
          <LocationsPanel companyId={company.companyId} locations={locations} canEdit={canEdit} />
          <ContactsPanel companyId={company.companyId} contacts={contacts} locations={locations} canEdit={canEdit} />
        </div>
      </div>
    </div>
  );
}

export const ErrorBoundary = PageErrorBoundary;
