import type { Actor, StaffActor } from "~/auth/actor";
import { forbiddenError } from "~/domain/errors";
import { getSearchEngine } from "~search/engine.server";
import { type SearchFilter, type SearchHit, SearchUnavailableError } from "~search/types";

export type SearchOutcome =
  | { status: "ok"; hits: SearchHit[]; total: number }
  | { status: "empty-query" }
  | { status: "unavailable"; message: string };

export const SEARCH_UNAVAILABLE = "Search is unavailable right now. Please try again in a minute.";

async function run(index: "knowledge" | "records", q: string, filter: SearchFilter, limit: number, offset: number, match: "all" | "any" = "all"): Promise<SearchOutcome> {
  if (!q.trim()) return { status: "empty-query" };
  try {
    const result = await getSearchEngine().search(index, { q, filter, limit, offset, match });
    return { status: "ok", hits: result.hits, total: result.total };
  } catch (error) {
    if (error instanceof SearchUnavailableError) {
      console.warn(`[search] ${error.message}`);
      return { status: "unavailable", message: SEARCH_UNAVAILABLE };
    }
    throw error;
  }
}

/**
 * Which articles an asker may find: the public sees public ones, customers
 * public and customer ones, staff everything (internal too). Only published.
 */
export function knowledgeVisibility(asker: Actor | null): string[] {
  if (!asker) return ["public"];
  if (asker.kind === "staff" || (asker.kind === "api" && asker.accountId === null)) return ["public", "customers", "internal"];
  return ["public", "customers"];
}

export function searchKnowledge(asker: Actor | null, q: string, options: { limit?: number; offset?: number; match?: "all" | "any" } = {}): Promise<SearchOutcome> {
  return run("knowledge", q, { visibility: knowledgeVisibility(asker), status: "published" }, options.limit ?? 10, options.offset ?? 0, options.match);
}

/** Staff-only search over accounts, contacts, products, orders and tickets. */
export function searchRecords(actor: StaffActor, q: string, options: { limit?: number; offset?: number; type?: string } = {}): Promise<SearchOutcome> {
  if (actor.kind !== "staff") throw forbiddenError();
  return run("records", q, options.type ? { type: options.type } : {}, options.limit ?? 20, options.offset ?? 0);
}
