import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useNavigation, useSearchParams } from "@remix-run/react";
import { signIn } from "../../server/auth/sign-in";
import { AppError } from "../../server/errors";
import { httpStatusOf, toActionFailure } from "../../server/http/errors";
import { readBody, safeRedirect } from "../../server/http/remix";
import { Button } from "~/components/ui/button";
import { InputField } from "~/components/ui/field";
import { FormError } from "~/components/ui/page-header";

export const meta: MetaFunction = () => [{ title: "Sign in · Tessera" }];

export async function loader({ context }: LoaderFunctionArgs) {
  const auth = await context.getAuth();
  if (auth?.kind === "session") return redirect("/");
  return null;
}

export async function action({ request, context }: ActionFunctionArgs) {
  const body = await readBody(request);
  const email = typeof body.email === "string" ? body.email : "";
  try {
    const { setCookie, membership } = await signIn(
      context.app,
      { email, password: typeof body.password === "string" ? body.password : "" },
      { ...context.meta },
    );
    const fallback = membership.role === "client_user" ? "/portal" : "/companies";
    const target = membership.role === "client_user" ? "/portal" : safeRedirect(body.redirectTo, fallback);
    return redirect(target, { headers: { "Set-Cookie": setCookie } });
  } catch (error) {
    if (error instanceof AppError) return json({ ...toActionFailure(error), email }, { status: httpStatusOf(error) });
    throw error;
  }
}

export default function LoginPage() {
  const failure = useActionData<typeof action>();
  const [params] = useSearchParams();
  const busy = useNavigation().state !== "idle";
  return (
    <main className="flex min-h-full items-center justify-center bg-slate-100 px-4 py-12">
      <div className="w-full max-w-sm">
        <div className="mb-6 text-center">
          <div className="text-2xl font-semibold tracking-tight text-slate-900">Tessera</div>
          <p className="text-slate-500">Asset management for managed service providers</p>
        </div>
        <Form method="post" className="space-y-4 rounded-md border border-slate-200 bg-white p-6 shadow-sm">
          <h1 className="text-base font-semibold">Sign in</h1>
          <FormError message={failure && !failure.ok ? failure.message.replace(/^(email|password): /, "") : null} />
          <input type="hidden" name="redirectTo" value={params.get("redirectTo") ?? ""} />
          <InputField
            label="Email"
            name="email"
            type="email"
            autoComplete="username"
            required
            defaultValue={failure?.email ?? ""}
            error={failure?.fieldErrors.email}
            autoFocus
          />
          <InputField
            label="Password"
            name="password"
            type="password"
            autoComplete="current-password"
            required
            error={failure?.fieldErrors.password}
          />
          <Button type="submit" variant="primary" className="w-full" disabled={busy}>
            {busy ? "Signing in…" : "Sign in"}
          </Button>
        </Form>
      </div>
    </main>
  );
}
