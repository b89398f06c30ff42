import { Form } from "@remix-run/react";
import { Button } from "~/components/ui/button";

interface Props {
  /** The client's company, or the provider's name while the portal is off. */
  title: string;
  provider: string;
  user: { name: string; email: string };
}

/** The portal's own header: whose portal this is, who is signed in, and a way out. */
export function PortalHeader({ title, provider, user }: Props) {
  return (
    <header className="border-b border-slate-200 bg-white">
      <a href="#main" className="sr-only focus:not-sr-only">
        Skip to content
      </a>
      <div className="mx-auto flex max-w-5xl flex-wrap items-center gap-x-4 gap-y-2 px-5 py-3">
        <div className="min-w-0">
          <p className="text-xs text-slate-500">Client portal · {provider}</p>
          <p className="truncate text-base font-semibold text-slate-900">{title}</p>
        </div>
        <div className="ml-auto flex items-center gap-3">
          <div className="text-right">
            <p className="text-sm font-medium text-slate-800">{user.name}</p>
            <p className="text-xs text-slate-500">{user.email}</p>
          </div>
          <Form method="post" action="/logout">
            <Button type="submit">Sign out</Button>
          </Form>
        </div>
      </div>
    </header>
  );
}
