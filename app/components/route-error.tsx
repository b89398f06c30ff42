import { isRouteErrorResponse, Link, useRouteError } from "@remix-run/react";

const titles: Record<number, string> = {
  400: "That request was not valid",
  401: "Sign in to continue",
  403: "You do not have access to this",
  404: "Not found",
};

/** One error boundary for every route: says what went wrong and offers a way back. */
export function RouteErrorBoundary() {
  const error = useRouteError();
  const status = isRouteErrorResponse(error) ? error.status : 500;
  const detail = isRouteErrorResponse(error) && typeof error.data === "string" ? error.data : null;
  return (
    <div role="alert" className="mx-auto max-w-xl rounded-md border border-slate-200 bg-white p-6 shadow-sm">
      <p className="text-xs font-semibold uppercase tracking-wide text-slate-500">Error {status}</p>
      <h1 className="mt-1 text-lg font-semibold text-slate-900">{titles[status] ?? "Something went wrong"}</h1>
      <p className="mt-2 text-slate-600">
        {detail ?? (status === 500 ? "The error was logged. Try again, or go back to where you were." : null)}
      </p>
      <div className="mt-4 flex gap-3">
        <Link to="/" className="rounded bg-brand-600 px-3 py-1.5 text-white hover:bg-brand-700">
          Go to the workspace
        </Link>
        <button type="button" onClick={() => window.history.back()} className="rounded border border-slate-300 px-3 py-1.5">
          Back
        </button>
      </div>
    </div>
  );
}

/** The error boundary of a page: the message in the page's own padding (routes re-export it). */
export function PageErrorBoundary() {
  return (
    <div className="p-5">
      <RouteErrorBoundary />
    </div>
  );
}
