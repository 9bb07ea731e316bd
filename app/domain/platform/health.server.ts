import { getDatabase, pingDatabase } from "~db/client";

export type Health = { status: "ok" | "degraded"; database: { status: "up" | "down"; engine: string; latencyMs: number } };

/** What /healthz reports: the database answering a query, with its latency. */
export async function checkHealth(): Promise<Health> {
  const handle = getDatabase();
  const started = performance.now();
  const up = await Promise.race([pingDatabase(handle.db), new Promise<false>((resolve) => setTimeout(() => resolve(false), 2_000))]);
  const latencyMs = Math.round(performance.now() - started);
  return { status: up ? "ok" : "degraded", database: { status: up ? "up" : "down", engine: handle.engine, latencyMs } };
}
