import { useRouteLoaderData } from "@remix-run/react";
import type { Permission } from "../../../server/auth/permissions";
import type { loader } from "~/routes/_workspace";

/** The workspace layout's data (who, which tenant, which permissions) for any page below it. */
export function useWorkspace() {
  const data = useRouteLoaderData<typeof loader>("routes/_workspace");
  if (!data) throw new Error("useWorkspace must be used below the workspace layout");
  const permissions = new Set<Permission>(data.permissions);
  return { ...data, can: (permission: Permission) => permissions.has(permission) };
}
