import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { handleApi } from "~/api/api.server";

/** /api/v1/* — the headless API (app/api): bearer tokens, JSON, problem+json errors. */
export function loader({ request, params }: LoaderFunctionArgs) {
  return handleApi(request, params["*"] ?? "");
}

export function action({ request, params }: ActionFunctionArgs) {
  return handleApi(request, params["*"] ?? "");
}
