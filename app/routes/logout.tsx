import { redirect, type ActionFunctionArgs } from "@remix-run/node";
import { signOut } from "../../server/auth/sign-out";

export async function loader() {
  return redirect("/");
}

/** Ends the session (POST only, so a link or an image on another site cannot sign anyone out). */
export async function action({ context }: ActionFunctionArgs) {
  const setCookie = await signOut(context.app, await context.getAuth(), context.meta);
  return redirect("/login", { headers: { "Set-Cookie": setCookie } });
}
