import { json, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useState } from "react";
import { createToken, listTokens, revokeToken } from "../../server/services/tokens/tokens";
import { actWith, loadWith, readBody, requireStaff } from "../../server/http/remix";
import { PageErrorBoundary } from "~/components/route-error";
import { NewTokenForm, type CreatedToken } from "~/components/tokens/new-token-form";
import { RevokeTokenConfirm } from "~/components/tokens/revoke-token-confirm";
import { TokenSecret } from "~/components/tokens/token-secret";
import { Badge, type BadgeTone } from "~/components/ui/badge";
import { Button } from "~/components/ui/button";
import { Dialog } from "~/components/ui/dialog";
import { LocalTime } from "~/components/ui/local-time";
import { EmptyState, PageHeader } from "~/components/ui/page-header";
import { DataTable } from "~/components/ui/data-table";

export const meta: MetaFunction = () => [{ title: "API tokens · Tessera" }];

type TokenStatus = "active" | "expired" | "revoked";
const statusTone: Record<TokenStatus, BadgeTone> = { active: "green", expired: "amber", revoked: "neutral" };

function statusOf(token: { revokedAt: Date | null; expiresAt: Date | null }, now: number): TokenStatus {
  if (token.revokedAt) return "revoked";
  if (token.expiresAt && token.expiresAt.getTime() <= now) return "expired";
  return "active";
}

export async function loader(args: LoaderFunctionArgs) {
  const { auth } = await requireStaff(args);
  const tokens = await loadWith(args, auth, (ctx) => listTokens(ctx));
  // Status is decided here, on the server's clock, so the page renders the same on both sides.
  const now = Date.now();
  const { host } = new URL(args.request.url);
  return json({
    tokens: tokens.map((t) => ({ ...t, status: statusOf(t, now) })),
    exampleUrl: `${args.context.meta.secure ? "https" : "http"}://${host}/api/trpc/me.get`,
  });
}

export async function action(args: ActionFunctionArgs) {
  const { auth } = await requireStaff(args);
  const { intent, ...values } = await readBody(args.request);
  switch (intent) {
    case "create":
      return actWith(args, auth, (ctx) => createToken(ctx, values as Parameters<typeof createToken>[1]));
    case "revoke":
      return actWith(args, auth, (ctx) => revokeToken(ctx, values as Parameters<typeof revokeToken>[1]));
    default:
      throw new Response(`Unknown intent ${String(intent)}`, { status: 400 });
  }
}

type Row = ReturnType<typeof useLoaderData<typeof loader>>["tokens"][number];

export default function TokensPage() {
  const { tokens, exampleUrl } = useLoaderData<typeof loader>();
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<CreatedToken | null>(null);
  const [revoking, setRevoking] = useState<Row | null>(null);
  const closeCreate = () => {
    setCreating(false);
    setCreated(null);
  };

  return (
    <div>
      <PageHeader
        title="API tokens"
        subtitle="Tokens let internal services call the API as this tenant, limited to their scopes"
        actions={
          <Button variant="primary" onClick={() => setCreating(true)}>
            New token
          </Button>
        }
      />
      <div className="space-y-3 p-5">
        {tokens.length === 0 ? (
          <EmptyState title="No API tokens yet">Create one for each service that calls the API, with “New token”.</EmptyState>
        ) : (
          <DataTable columns={[{ label: "Name" }, { label: "Token" }, { label: "Scopes" }, { label: "Created" }, { label: "Created by" }, { label: "Expires" }, { label: "Last used" }, { label: "Status" }, { label: "Actions", srOnly: true }]}>
                {tokens.map((t) => (
                  <tr key={t.tokenId} className={`hover:bg-slate-50 ${t.status === "active" ? "" : "text-slate-500"}`}>
                    <td className={`px-3 py-1.5 font-medium ${t.status === "active" ? "text-slate-900" : ""}`}>{t.name}</td>
                    <td className="px-3 py-1.5 font-mono text-xs whitespace-nowrap">{t.displayPrefix}</td>
                    <td className="px-3 py-1.5">
                      <span className="flex gap-1">
                        {t.scopes.map((s) => (
                          <Badge key={s} tone="brand" className="font-mono">
                            {s}
                          </Badge>
                        ))}
                      </span>
                    </td>
                    <td className="px-3 py-1.5">
                      <LocalTime value={t.createdAt} precision="date" />
                    </td>
                    <td className="px-3 py-1.5">{t.createdByEmail ?? <span className="text-slate-400">deleted user</span>}</td>
                    <td className="px-3 py-1.5">{t.expiresAt ? <LocalTime value={t.expiresAt} precision="date" /> : "never"}</td>
                    <td className="px-3 py-1.5">{t.lastUsedAt ? <LocalTime value={t.lastUsedAt} /> : <span className="text-slate-400">never</span>}</td>
                    <td className="px-3 py-1.5">
                      <Badge tone={statusTone[t.status]}>{t.status}</Badge>
                    </td>
                    <td className="px-3 py-1 text-right">
                      {t.status === "active" ? (
                        <Button size="sm" variant="danger" onClick={() => setRevoking(t)} aria-label={`Revoke ${t.name}`}>
                          Revoke
                        </Button>
                      ) : null}
                    </td>
                  </tr>
                ))}
          </DataTable>
        )}
      </div>

      <Dialog
        open={creating}
        onOpenChange={(open) => (open ? setCreating(true) : closeCreate())}
        title={created ? "Token created" : "New API token"}
        description={created ? undefined : "A token acts as this tenant, with only the scopes you choose."}
      >
        {created ? (
          <TokenSecret name={created.name} token={created.token} exampleUrl={exampleUrl} onDone={closeCreate} />
        ) : (
          <NewTokenForm onCreated={setCreated} onCancel={closeCreate} />
        )}
      </Dialog>

      <Dialog open={revoking !== null} onOpenChange={(open) => (open ? null : setRevoking(null))} title={`Revoke “${revoking?.name ?? ""}”?`}>
        {revoking ? <RevokeTokenConfirm token={revoking} onDone={() => setRevoking(null)} /> : null}
      </Dialog>
    </div>
  );
}

export const ErrorBoundary = PageErrorBoundary;
