import { NavLink } from "@remix-run/react";
import type { Permission } from "../../../server/auth/permissions";

interface Item {
  to: string;
  label: string;
  permission: Permission;
}

const main: Item[] = [{ to: "/companies", label: "Companies", permission: "companies.read" }];
/** Settings pages in menu order; /settings opens the first one a role may see. */
export const settingsPages: Item[] = [
  { to: "/settings/users", label: "Users and roles", permission: "members.read" },
  { to: "/settings/tokens", label: "API tokens", permission: "tokens.manage" },
  { to: "/settings/flags", label: "Feature flags", permission: "flags.read" },
  { to: "/settings/audit", label: "Audit log", permission: "audit.read" },
];

const linkClass = ({ isActive }: { isActive: boolean }) =>
  `block rounded px-2.5 py-1.5 text-sm ${isActive ? "bg-brand-50 font-medium text-brand-700" : "text-slate-700 hover:bg-slate-100"}`;

/** Left navigation; entries the role cannot use are not shown (the server refuses them anyway). */
export function SideNav({ permissions }: { permissions: Permission[] }) {
  const allowed = (items: Item[]) => items.filter((i) => permissions.includes(i.permission));
  const settingsItems = allowed(settingsPages);
  return (
    <nav aria-label="Main" className="w-40 shrink-0 overflow-y-auto border-r border-slate-200 bg-white p-2 md:w-52 md:p-3">
      <ul className="space-y-0.5">
        {allowed(main).map((item) => (
          <li key={item.to}>
            <NavLink to={item.to} className={linkClass}>
              {item.label}
            </NavLink>
          </li>
        ))}
      </ul>
      {settingsItems.length ? (
        <>
          <p className="mt-5 mb-1 px-2.5 text-xs font-semibold tracking-wide text-slate-500 uppercase">Settings</p>
          <ul className="space-y-0.5">
            {settingsItems.map((item) => (
              <li key={item.to}>
                <NavLink to={item.to} className={linkClass}>
                  {item.label}
                </NavLink>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </nav>
  );
}
