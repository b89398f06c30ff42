import { Form, Link, useSubmit } from "@remix-run/react";

interface Props {
  user: { name: string; email: string };
  tenant: { tenantId: string; name: string; role: string };
  memberships: { tenantId: string; name: string; role: string }[];
}

/** The global header: brand, tenant switch, user menu. */
export function AppHeader({ user, tenant, memberships }: Props) {
  const submit = useSubmit();
  return (
    <header className="flex h-12 shrink-0 items-center gap-4 bg-slate-900 px-4 text-slate-100">
      <a href="#main" className="sr-only focus:not-sr-only">
        Skip to content
      </a>
      <Link to="/companies" className="text-base font-semibold tracking-tight text-white">
        Tessera
      </Link>
      <Form method="post" action="/tenant" className="flex items-center gap-2">
        <label htmlFor="tenant-switch" className="text-xs text-slate-400">
          Tenant
        </label>
        <select
          id="tenant-switch"
          name="tenantId"
          defaultValue={tenant.tenantId}
          onChange={(e) => submit(e.currentTarget.form)}
          disabled={memberships.length < 2}
          className="h-7 rounded border border-slate-700 bg-slate-800 px-2 text-sm text-slate-100 disabled:opacity-100"
        >
          {memberships.map((m) => (
            <option key={m.tenantId} value={m.tenantId}>
              {m.name}
            </option>
          ))}
        </select>
        <noscript>
          <button type="submit" className="rounded border border-slate-600 px-2 text-xs">
            Switch
          </button>
        </noscript>
      </Form>
      <div className="ml-auto">
        <details className="relative">
          <summary className="flex cursor-pointer list-none items-center gap-2 rounded px-2 py-1 hover:bg-slate-800" aria-label="User menu">
            <span className="flex h-6 w-6 items-center justify-center rounded-full bg-brand-600 text-xs font-semibold">
              {user.name.slice(0, 1).toUpperCase()}
            </span>
            <span className="hidden text-sm sm:inline">{user.name}</span>
          </summary>
          <div className="absolute right-0 z-30 mt-1 w-64 rounded-md border border-slate-200 bg-white p-3 text-slate-800 shadow-lg">
            <p className="font-medium">{user.name}</p>
            <p className="truncate text-xs text-slate-500">{user.email}</p>
            <p className="mt-1 text-xs text-slate-500">
              {tenant.role} at {tenant.name}
            </p>
            <Form method="post" action="/logout" className="mt-3 border-t border-slate-100 pt-2">
              <button type="submit" className="w-full rounded px-2 py-1 text-left text-sm hover:bg-slate-100">
                Sign out
              </button>
            </Form>
          </div>
        </details>
      </div>
    </header>
  );
}
