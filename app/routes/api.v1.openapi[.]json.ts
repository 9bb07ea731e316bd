import { openApi } from "~/api/api.server";

/** The OpenAPI 3.1 description, generated from the zod schemas that validate requests. */
export function loader() {
  return new Response(JSON.stringify(openApi(), null, 2), { headers: { "Content-Type": "application/json", "Cache-Control": "public, max-age=300" } });
}
