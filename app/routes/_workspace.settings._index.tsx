import { redirect, type LoaderFunctionArgs } from "@remix-run/node";
import { requireStaff } from "../../server/http/remix";
import { settingsPages } from "~/components/shell/side-nav";

/** /settings has no page of its own: it opens the first settings page the role may see. */
export async function loader(args: LoaderFunctionArgs) {
  const { permissions } = await requireStaff(args);
  const first = settingsPages.find((page) => permissions.includes(page.permission));
  return redirect(first?.to ?? "/companies");
}
