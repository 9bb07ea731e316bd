import { Meilisearch, MeilisearchApiError, MeilisearchRequestError, MeilisearchRequestTimeOutError, MeilisearchTaskTimeOutError, type Task } from "meilisearch";
import { INDEXES } from "./indexes";
import {
  type IndexName,
  MARK_END,
  MARK_START,
  type SearchDocument,
  type SearchEngine,
  type SearchFilter,
  type SearchQuery,
  type SearchResult,
  SearchTaskFailedError,
  SearchUnavailableError,
} from "./types";

/** Meilisearch filter syntax from our structured filter; values are quoted, never taken raw from users. */
export function meiliFilter(filter: SearchFilter | undefined): string | undefined {
  if (!filter) return undefined;
  const quote = (v: string) => `"${v.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`;
  const parts = Object.entries(filter).map(([field, value]) => {
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(field)) throw new Error(`not a filter field: ${field}`);
    return Array.isArray(value) ? `${field} IN [${value.map(quote).join(", ")}]` : `${field} = ${quote(value)}`;
  });
  return parts.length ? parts.join(" AND ") : undefined;
}

/** Documents as Meilisearch stores them: filters flattened to top-level attributes. */
export function toMeiliDocument(d: SearchDocument): Record<string, unknown> {
  return {
    id: d.id,
    title: d.title,
    keywords: d.keywords ?? "",
    body: d.body ?? "",
    ...d.filters,
    display: d.display,
    sortAt: d.sortAt ? Math.floor(d.sortAt.getTime() / 1000) : null,
  };
}

function unavailable(error: unknown): never {
  if (error instanceof SearchTaskFailedError) throw error;
  if (error instanceof MeilisearchRequestError || error instanceof MeilisearchRequestTimeOutError || error instanceof MeilisearchTaskTimeOutError) {
    throw new SearchUnavailableError(`Meilisearch is unreachable: ${error.message}`);
  }
  if (error instanceof MeilisearchApiError) throw new SearchUnavailableError(`Meilisearch answered ${error.response.status}: ${error.message}`);
  throw error;
}

/** A finished task must have succeeded; a failed one is an error with Meilisearch's reason. */
function succeeded(task: Task): Task {
  if (task.status !== "succeeded") {
    throw new SearchTaskFailedError(`Meilisearch task ${task.uid} (${task.type}) ${task.status}: ${task.error?.message ?? "no reason given"}`);
  }
  return task;
}

/**
 * The Meilisearch engine (MEILI_HOST, MEILI_API_KEY), with the official client.
 * Writes wait for their task when the caller needs read-your-write (always,
 * here: jobs are the callers, and a job is done only when the index is).
 */
export function meilisearchEngine(options: { host: string; apiKey?: string; prefix?: string; timeoutMs?: number }): SearchEngine {
  const client = new Meilisearch({ host: options.host, apiKey: options.apiKey, timeout: options.timeoutMs ?? 5_000 });
  const uid = (index: IndexName) => `${options.prefix ?? "accord_"}${index}`;
  const wait = { timeout: 30_000, interval: 50 };

  return {
    name: "meilisearch",
    async setup() {
      try {
        for (const [name, settings] of Object.entries(INDEXES) as [IndexName, (typeof INDEXES)[IndexName]][]) {
          const created = await client.createIndex(uid(name), { primaryKey: "id" }).waitTask(wait);
          if (created.status !== "succeeded" && created.error?.code !== "index_already_exists") succeeded(created);
          succeeded(
            await client
              .index(uid(name))
              .updateSettings({
                searchableAttributes: settings.searchable,
                filterableAttributes: settings.filterable,
                sortableAttributes: settings.sortable,
                typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 4, twoTypos: 8 } },
              })
              .waitTask(wait),
          );
        }
      } catch (error) {
        unavailable(error);
      }
    },
    async upsert(index, documents) {
      if (documents.length === 0) return;
      try {
        succeeded(await client.index(uid(index)).addDocuments(documents.map(toMeiliDocument), { primaryKey: "id" }).waitTask(wait));
      } catch (error) {
        unavailable(error);
      }
    },
    async remove(index, ids) {
      if (ids.length === 0) return;
      try {
        succeeded(await client.index(uid(index)).deleteDocuments(ids).waitTask(wait));
      } catch (error) {
        unavailable(error);
      }
    },
    async clear(index) {
      try {
        succeeded(await client.index(uid(index)).deleteAllDocuments().waitTask(wait));
      } catch (error) {
        unavailable(error);
      }
    },
    async search(index: IndexName, query: SearchQuery): Promise<SearchResult> {
      try {
        const response = await client.index(uid(index)).search(query.q, {
          filter: meiliFilter(query.filter),
          limit: Math.min(query.limit ?? 10, 50),
          offset: Math.max(query.offset ?? 0, 0),
          attributesToHighlight: ["title", "body"],
          attributesToCrop: ["body"],
          cropLength: 26,
          highlightPreTag: MARK_START,
          highlightPostTag: MARK_END,
          matchingStrategy: query.match === "any" ? "frequency" : "last",
        });
        return {
          hits: response.hits.map((hit) => {
            const formatted = (hit._formatted ?? {}) as Record<string, unknown>;
            return {
              id: String(hit.id),
              title: String(formatted.title ?? hit.title ?? ""),
              snippet: String(formatted.body ?? ""),
              display: (hit.display ?? {}) as Record<string, unknown>,
            };
          }),
          total: response.estimatedTotalHits ?? response.hits.length,
          engine: "meilisearch",
        };
      } catch (error) {
        unavailable(error);
      }
    },
    async healthy() {
      try {
        return (await client.health()).status === "available";
      } catch {
        return false;
      }
    },
  };
}
