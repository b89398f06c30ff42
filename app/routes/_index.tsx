import { redirect, type LoaderFunctionArgs } from "@remix-run/node";

/** The workspace opens on the companies list; portal users go to their portal; others sign in. */
export async function loader({ context }: LoaderFunctionArgs) {
  const auth = await context.getAuth();
  if (!auth || auth.kind !== "session") return redirect("/login");
  return redirect(auth.membership?.role === "client_user" ? "/portal" : "/companies");
}
