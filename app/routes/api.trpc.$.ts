import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { handleTrpcRequest } from "../../server/trpc/handler";

// The internal API (docs/api.md): tRPC's fetch adapter behind a Remix resource route.
// Queries arrive as GET (loader), mutations as POST (action).

export function loader({ request, context }: LoaderFunctionArgs) {
  return handleTrpcRequest(context.app, request, context.meta);
}

export function action({ request, context }: ActionFunctionArgs) {
  return handleTrpcRequest(context.app, request, context.meta);
}
