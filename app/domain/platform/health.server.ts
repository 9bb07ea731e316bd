import { getDatabase, pingDatabase } from "~db/client";
import { getSearchEngine } from "~search/engine.server";

export type Health = {
  status: "ok" | "degraded";
  database: { status: "up" | "down"; engine: string; latencyMs: number };
  search: { status: "ok" | "degraded"; engine: string };
};

const within = <T,>(promise: Promise<T>, ms: number, fallback: T) => Promise.race([promise, new Promise<T>((resolve) => setTimeout(() => resolve(fallback), ms))]);

/** What /healthz reports: the database answering a query, with its latency, and the search engine. */
export async function checkHealth(): Promise<Health> {
  const handle = getDatabase();
  const started = performance.now();
  const [up, searchUp] = await Promise.all([within(pingDatabase(handle.db), 2_000, false), within(getSearchEngine().healthy().catch(() => false), 2_000, false)]);
  const latencyMs = Math.round(performance.now() - started);
  return {
    status: up && searchUp ? "ok" : "degraded",
    database: { status: up ? "up" : "down", engine: handle.engine, latencyMs },
    search: { status: searchUp ? "ok" : "degraded", engine: getSearchEngine().name },
  };
}
