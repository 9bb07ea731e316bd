import type { IndexName } from "./types";

/**
 * What each index holds and how it may be searched; both engines apply the
 * same settings. `knowledge`: published and draft articles, filtered by
 * visibility for the asker. `records`: staff-only global search over
 * accounts, contacts, products, orders and tickets.
 */
export const INDEXES: Record<IndexName, { searchable: string[]; filterable: string[]; sortable: string[] }> = {
  knowledge: { searchable: ["title", "keywords", "body"], filterable: ["visibility", "status", "category"], sortable: ["sortAt"] },
  records: { searchable: ["title", "keywords", "body"], filterable: ["type", "accountId"], sortable: ["sortAt"] },
};

export const INDEX_NAMES = Object.keys(INDEXES) as IndexName[];
