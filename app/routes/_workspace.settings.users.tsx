import { json, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useState } from "react";
import type { ServiceContext } from "../../server/context";
import { actWith, loadWith, readBody, requireStaff } from "../../server/http/remix";
import { listCompanyOptions } from "../../server/services/companies/list-company-options";
import { addMember } from "../../server/services/members/add-member";
import { changeRole } from "../../server/services/members/change-role";
import { listMembers } from "../../server/services/members/list-members";
import type { AddMemberInput, ChangeRoleInput } from "../../server/services/members/member-input";
import { removeMember } from "../../server/services/members/remove-member";
import { AddMemberForm, ChangeRoleForm } from "~/components/members/member-forms";
import { PageErrorBoundary } from "~/components/route-error";
import { useWorkspace } from "~/components/shell/use-workspace";
import { Badge } from "~/components/ui/badge";
import { Button } from "~/components/ui/button";
import { ConfirmButton } from "~/components/ui/confirm-button";
import { Dialog } from "~/components/ui/dialog";
import { LocalTime } from "~/components/ui/local-time";
import { PageHeader } from "~/components/ui/page-header";
import { DataTable } from "~/components/ui/data-table";

export const meta: MetaFunction = () => [{ title: "Users and roles · Tessera" }];

export async function loader(args: LoaderFunctionArgs) {
  const { auth, permissions } = await requireStaff(args);
  const canManage = permissions.includes("members.manage");
  return json(
    await loadWith(args, auth, async (ctx) => ({
      members: await listMembers(ctx),
      // The company picker is needed only by those who may add client users.
      companies: canManage ? await listCompanyOptions(ctx) : [],
    })),
  );
}

const intents: Record<string, (ctx: ServiceContext, body: Record<string, unknown>) => Promise<unknown>> = {
  add: (ctx, body) => addMember(ctx, body as AddMemberInput),
  changeRole: (ctx, body) => changeRole(ctx, body as ChangeRoleInput),
  remove: (ctx, body) => removeMember(ctx, { userId: String(body.userId) }),
};

export async function action(args: ActionFunctionArgs) {
  const { auth } = await requireStaff(args);
  const { intent, ...body } = await readBody(args.request);
  const handler = typeof intent === "string" ? intents[intent] : undefined;
  if (!handler) throw new Response(`Unknown intent ${String(intent)}`, { status: 400 });
  return actWith(args, auth, (ctx) => handler(ctx, body));
}

const roleTone = { admin: "brand", technician: "green", viewer: "neutral", client_user: "amber" } as const;

export default function UsersPage() {
  const { members, companies } = useLoaderData<typeof loader>();
  const { can, user } = useWorkspace();
  const canManage = can("members.manage");
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState<(typeof members)[number] | null>(null);
  return (
    <div>
      <PageHeader
        title="Users and roles"
        subtitle="People who can sign in to this tenant, and what each may do"
        actions={canManage ? <Button variant="primary" onClick={() => setAdding(true)}>Add user</Button> : null}
      />
      <div className="p-5">
        <DataTable columns={[{ label: "Name" }, { label: "Email" }, { label: "Role" }, { label: "Member since" }, canManage && { label: "Actions", srOnly: true }]}>
              {members.map((m) => (
                <tr key={m.userId} className="hover:bg-slate-50">
                  <td className="px-3 py-1.5 font-medium">
                    {m.name}
                    {m.email === user.email ? <span className="ml-2 text-xs font-normal text-slate-500">(you)</span> : null}
                    {m.disabledAt ? <span className="ml-2 text-xs font-normal text-red-700">disabled</span> : null}
                  </td>
                  <td className="px-3 py-1.5 text-slate-700">{m.email}</td>
                  <td className="px-3 py-1.5">
                    <Badge tone={roleTone[m.role]}>{m.role.replace("_", " ")}</Badge>
                    {m.companyName ? <span className="ml-2 text-xs text-slate-600">{m.companyName}</span> : null}
                  </td>
                  <td className="px-3 py-1.5 text-slate-700"><LocalTime value={m.createdAt} precision="date" /></td>
                  {canManage ? (
                    <td className="px-3 py-1.5 text-right whitespace-nowrap">
                      <Button size="sm" variant="ghost" onClick={() => setEditing(m)} aria-label={`Change role of ${m.name}`}>
                        Change role
                      </Button>
                      <ConfirmButton
                        label="Remove"
                        variant="danger"
                        title={`Remove ${m.name} from this tenant?`}
                        description="They lose access to this tenant at once. Their account and memberships elsewhere stay."
                        confirmLabel="Remove user"
                        payload={{ intent: "remove", userId: m.userId }}
                      />
                    </td>
                  ) : null}
                </tr>
              ))}
        </DataTable>
      </div>
      <Dialog open={adding} onOpenChange={setAdding} title="Add user" description="Give a person access to this tenant.">
        <AddMemberForm companies={companies} onDone={() => setAdding(false)} />
      </Dialog>
      <Dialog open={editing !== null} onOpenChange={(open) => !open && setEditing(null)} title={`Change role of ${editing?.name ?? ""}`}>
        {editing ? (
          <ChangeRoleForm userId={editing.userId} role={editing.role} companyId={editing.companyId} companies={companies} onDone={() => setEditing(null)} />
        ) : null}
      </Dialog>
    </div>
  );
}

export const ErrorBoundary = PageErrorBoundary;
