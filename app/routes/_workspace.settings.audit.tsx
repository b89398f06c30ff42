import { json, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData, useNavigation, useSubmit } from "@remix-run/react";
import { auditActionLabels, auditActions } from "../../server/services/audit/audit-actions";
import { listAudit } from "../../server/services/audit/list-audit";
import { loadWith, requireStaff } from "../../server/http/remix";
import { AuditActionBadge } from "~/components/audit/audit-action-badge";
import { AuditDetails } from "~/components/audit/audit-details";
import { AuditTarget } from "~/components/audit/audit-target";
import { PageErrorBoundary } from "~/components/route-error";
import { Button } from "~/components/ui/button";
import { LocalTime } from "~/components/ui/local-time";
import { KeysetPager } from "~/components/ui/keyset-pager";
import { EmptyState, PageHeader } from "~/components/ui/page-header";
import { DataTable } from "~/components/ui/data-table";

export const meta: MetaFunction = () => [{ title: "Audit log · Tessera" }];

const PAGE_SIZE = 50;

export async function loader(args: LoaderFunctionArgs) {
  const { auth } = await requireStaff(args);
  const url = new URL(args.request.url);
  const action = url.searchParams.get("action")?.trim() || undefined;
  const cursor = url.searchParams.get("cursor") || undefined;
  const page = await loadWith(args, auth, (ctx) => listAudit(ctx, { action, cursor, limit: PAGE_SIZE }));
  return json({ ...page, action: action ?? "", isFirstPage: !cursor });
}

// Grouped by domain in the filter, in the order the registry lists them.
const groups = auditActions.reduce<Record<string, string[]>>((acc, action) => {
  (acc[action.split(".")[0]] ??= []).push(action);
  return acc;
}, {});
const groupLabels: Record<string, string> = {
  auth: "Sign-in",
  company: "Companies",
  location: "Locations",
  contact: "Contacts",
  member: "Members",
  token: "API tokens",
  settings: "Settings",
};

export default function AuditPage() {
  const { items, nextCursor, action, isFirstPage } = useLoaderData<typeof loader>();
  const submit = useSubmit();
  const loading = useNavigation().state === "loading";

  return (
    <div>
      <PageHeader title="Audit log" subtitle="Sign-ins, changes to members, tokens and settings, and company records — newest first" />
      <div className="space-y-3 p-5">
        <Form method="get" className="flex flex-wrap items-center gap-2">
          <label htmlFor="audit-action" className="text-sm text-slate-700">
            Action
          </label>
          <select
            id="audit-action"
            name="action"
            defaultValue={action}
            key={action}
            onChange={(e) => submit(e.currentTarget.form)}
            className="h-8 w-64 rounded border border-slate-300 bg-white px-2 text-sm"
          >
            <option value="">All actions</option>
            {Object.entries(groups).map(([group, actions]) => (
              <optgroup key={group} label={groupLabels[group] ?? group}>
                {actions.map((a) => (
                  <option key={a} value={a}>
                    {auditActionLabels[a as keyof typeof auditActionLabels]} ({a})
                  </option>
                ))}
              </optgroup>
            ))}
            {action && !(auditActions as string[]).includes(action) ? <option value={action}>{action}</option> : null}
          </select>
          <Button type="submit">Filter</Button>
          {action ? (
            <Link to="/settings/audit" className="text-sm text-brand-700 hover:underline">
              Clear
            </Link>
          ) : null}
        </Form>

        {items.length === 0 ? (
          <EmptyState title={action ? "No events of this kind" : "No events yet"}>
            {action ? "Choose another action, or all actions." : "Sign-ins and changes will appear here."}
          </EmptyState>
        ) : (
          <DataTable columns={[{ label: "Time" }, { label: "Actor" }, { label: "Action" }, { label: "Target" }, { label: "Details" }, { label: "IP" }]} dimmed={loading}>
                {items.map((e) => (
                  <tr key={e.auditId} className="align-top hover:bg-slate-50">
                    <td className="px-3 py-1.5 text-slate-700">
                      <LocalTime value={e.at} />
                    </td>
                    <td className="max-w-56 truncate px-3 py-1.5" title={e.actorLabel}>
                      {e.actorLabel}
                    </td>
                    <td className="px-3 py-1.5">
                      <AuditActionBadge action={e.action} />
                    </td>
                    <td className="px-3 py-1.5">
                      <AuditTarget type={e.targetType} id={e.targetId} />
                    </td>
                    <td className="min-w-64 px-3 py-1.5">
                      <AuditDetails details={e.details} />
                    </td>
                    <td className="px-3 py-1.5 font-mono text-xs whitespace-nowrap text-slate-600">{e.ip ?? "—"}</td>
                  </tr>
                ))}
          </DataTable>
        )}
        <KeysetPager shown={items.length} nextCursor={nextCursor} isFirstPage={isFirstPage} />
      </div>
    </div>
  );
}

export const ErrorBoundary = PageErrorBoundary;
