/** The search interface both engines implement (embedded Postgres and Meilisearch). */

export type IndexName = "knowledge" | "records";

export type SearchDocument = {
  id: string;
  title: string;
  keywords?: string;
  body?: string;
  /** Exact-match fields a query can filter on, e.g. visibility, status, type. */
  filters: Record<string, string>;
  /** Fields a result shows; not searched. */
  display: Record<string, unknown>;
  sortAt?: Date | null;
};

/** field → one value (equals) or several (any of). Built by our code, never from user input. */
export type SearchFilter = Record<string, string | string[]>;

/** "all": every word must match (a search box); "any": the more words match, the higher (suggestions from prose). */
export type SearchQuery = { q: string; filter?: SearchFilter; limit?: number; offset?: number; match?: "all" | "any" };

export type SearchHit = {
  id: string;
  /** Title and snippet carry MARK_START/MARK_END around matched words; render with <Highlight>. */
  title: string;
  snippet: string;
  display: Record<string, unknown>;
};

export type SearchResult = { hits: SearchHit[]; total: number; engine: string };

export interface SearchEngine {
  readonly name: "embedded" | "meilisearch";
  /** Creates indexes and applies their settings (idempotent). */
  setup(): Promise<void>;
  upsert(index: IndexName, documents: SearchDocument[]): Promise<void>;
  remove(index: IndexName, ids: string[]): Promise<void>;
  clear(index: IndexName): Promise<void>;
  search(index: IndexName, query: SearchQuery): Promise<SearchResult>;
  /** True when the engine answers. */
  healthy(): Promise<boolean>;
}

/** Private-use characters around highlighted words: they never occur in our text and need no HTML. */
export const MARK_START = "\uE000";
export const MARK_END = "\uE001";

/** The engine is down or answered with an error; callers show "search unavailable". */
export class SearchUnavailableError extends Error {
  name = "SearchUnavailableError";
}

/** A search task the engine accepted but could not carry out (e.g. a Meilisearch task that failed). */
export class SearchTaskFailedError extends Error {
  name = "SearchTaskFailedError";
}
