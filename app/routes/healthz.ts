import { checkHealth } from "~/domain/platform/health.server";

export async function loader() {
  const health = await checkHealth();
  return Response.json(health, {
    status: health.database.status === "up" ? 200 : 503,
    headers: { "Cache-Control": "no-store" },
  });
}
