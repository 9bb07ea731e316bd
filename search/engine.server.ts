import { env } from "~/env.server";
import { embeddedEngine } from "./embedded.server";
import { meilisearchEngine } from "./meilisearch.server";
import type { SearchEngine } from "./types";

const globalKey = Symbol.for("accord.search");
type GlobalWithSearch = typeof globalThis & { [globalKey]?: SearchEngine };

/** Meilisearch when MEILI_HOST is set, otherwise the embedded engine on our own database. */
export function getSearchEngine(): SearchEngine {
  const g = globalThis as GlobalWithSearch;
  if (!g[globalKey]) {
    const config = env();
    g[globalKey] = config.MEILI_HOST
      ? meilisearchEngine({ host: config.MEILI_HOST, apiKey: config.MEILI_API_KEY, prefix: config.MEILI_INDEX_PREFIX })
      : embeddedEngine();
  }
  return g[globalKey];
}

/** Replaces the engine (tests). */
export function useSearchEngine(engine: SearchEngine | undefined): void {
  (globalThis as GlobalWithSearch)[globalKey] = engine;
}
