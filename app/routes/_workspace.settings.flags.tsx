import { json, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useFetcher, useLoaderData } from "@remix-run/react";
import { listFlags, setFlag } from "../../server/services/flags/flags";
import { actWith, loadWith, readBody, requireStaff } from "../../server/http/remix";
import type { ActionResult } from "~/components/forms/use-action-form";
import { PageErrorBoundary } from "~/components/route-error";
import { useWorkspace } from "~/components/shell/use-workspace";
import { Badge } from "~/components/ui/badge";
import { LocalTime } from "~/components/ui/local-time";
import { PageHeader } from "~/components/ui/page-header";
import { Switch } from "~/components/ui/switch";
import { DataTable } from "~/components/ui/data-table";

export const meta: MetaFunction = () => [{ title: "Feature flags · Tessera" }];

export async function loader(args: LoaderFunctionArgs) {
  const { auth } = await requireStaff(args);
  const flags = await loadWith(args, auth, (ctx) => listFlags(ctx));
  return json({ flags });
}

// The switch posts a plain form (it works before hydration too), so "true"/"false" arrive as text.
const asBoolean = (value: unknown) => (value === "true" ? true : value === "false" ? false : value);

export async function action(args: ActionFunctionArgs) {
  const { auth } = await requireStaff(args);
  const { intent, key, enabled } = await readBody(args.request);
  if (intent !== "set") throw new Response(`Unknown intent ${String(intent)}`, { status: 400 });
  return actWith(args, auth, (ctx) => setFlag(ctx, { key, enabled: asBoolean(enabled) } as Parameters<typeof setFlag>[1]));
}

type Flag = ReturnType<typeof useLoaderData<typeof loader>>["flags"][number];

function FlagRow({ flag, canManage }: { flag: Flag; canManage: boolean }) {
  const fetcher = useFetcher<ActionResult>();
  const data = fetcher.data as ActionResult | undefined;
  // Show the state being asked for while the request runs; the loader's answer follows.
  const pending = fetcher.formData?.get("enabled");
  const enabled = pending === "true" ? true : pending === "false" ? false : flag.enabled;
  const labelId = `flag-${flag.key}-label`;
  return (
    <tr className="align-top hover:bg-slate-50">
      <td className="px-3 py-2">
        <p id={labelId} className="font-medium text-slate-900">
          {flag.label}
        </p>
        <p className="text-slate-600">{flag.description}</p>
        <p className="mt-0.5 font-mono text-xs text-slate-400">{flag.key}</p>
        {data && !data.ok ? (
          <p role="alert" className="mt-1 text-xs text-red-700">
            {data.message}
          </p>
        ) : null}
      </td>
      <td className="px-3 py-2 whitespace-nowrap">
        <span className="inline-flex items-center gap-1.5">
          <Badge tone={enabled ? "green" : "neutral"}>{enabled ? "On" : "Off"}</Badge>
          {flag.isDefault ? <span className="text-xs text-slate-500">default</span> : null}
        </span>
      </td>
      <td className="px-3 py-2 text-slate-700">
        {flag.updatedAt ? <LocalTime value={flag.updatedAt} /> : <span className="text-slate-400">never changed</span>}
      </td>
      <td className="px-3 py-2 text-right">
        <fetcher.Form method="post">
          <input type="hidden" name="intent" value="set" />
          <input type="hidden" name="key" value={flag.key} />
          <input type="hidden" name="enabled" value={String(!enabled)} />
          <Switch
            type="submit"
            checked={enabled}
            aria-labelledby={labelId}
            disabled={!canManage || fetcher.state !== "idle"}
            title={canManage ? `Turn ${flag.label} ${enabled ? "off" : "on"}` : "Only admins can change feature flags"}
          />
        </fetcher.Form>
      </td>
    </tr>
  );
}

export default function FlagsPage() {
  const { flags } = useLoaderData<typeof loader>();
  const { can } = useWorkspace();
  const canManage = can("flags.manage");
  return (
    <div>
      <PageHeader
        title="Feature flags"
        subtitle={
          canManage
            ? "Switch features on or off for this tenant. Changes apply at once and are written to the audit log."
            : "Features switched on or off for this tenant. Only admins can change them."
        }
      />
      <div className="p-5">
        <DataTable columns={[{ label: "Feature" }, { label: "State", className: "w-32" }, { label: "Last changed", className: "w-44" }, { label: "Switch", className: "w-20 text-right", srOnly: true }]}>
              {flags.map((flag) => (
                <FlagRow key={flag.key} flag={flag} canManage={canManage} />
              ))}
        </DataTable>
      </div>
    </div>
  );
}

export const ErrorBoundary = PageErrorBoundary;
