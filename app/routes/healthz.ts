import type { LoaderFunctionArgs } from "@remix-run/node";

/** Liveness and readiness: the database answers and every migration this build ships is applied. */
export async function loader({ context }: LoaderFunctionArgs) {
  const report = await context.app.health();
  return Response.json(report, { status: report.ok ? 200 : 503, headers: { "Cache-Control": "no-store" } });
}
