import { sql } from "drizzle-orm";
import { customType, index, jsonb, pgTable, primaryKey, text } from "drizzle-orm/pg-core";
import { tstz } from "./columns";

const tsvector = customType<{ data: string }>({ dataType: () => "tsvector" });

/**
 * The embedded search engine's index (used when MEILI_HOST is not set): one
 * denormalised row per searchable record, kept in sync by search-index jobs.
 * Both English (stemmed) and simple (exact, for prefixes) lexemes are stored.
 */
export const searchDocuments = pgTable(
  "search_documents",
  {
    indexName: text().notNull(),
    documentId: text().notNull(),
    title: text().notNull(),
    keywords: text().notNull().default(""),
    body: text().notNull().default(""),
    /** Values that filters compare against, e.g. {"visibility":"public","status":"published"}. */
    filters: jsonb().$type<Record<string, string>>().notNull().default({}),
    /** What a result shows besides title and snippet (type, url parts, badges). */
    display: jsonb().$type<Record<string, unknown>>().notNull().default({}),
    sortAt: tstz(),
    searchVector: tsvector().generatedAlwaysAs(
      sql`setweight(to_tsvector('english', title), 'A') || setweight(to_tsvector('simple', title), 'A') || setweight(to_tsvector('english', keywords), 'B') || setweight(to_tsvector('simple', keywords), 'B') || setweight(to_tsvector('english', body), 'C')`,
    ),
    updatedAt: tstz().notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.indexName, t.documentId] }),
    index("search_documents_vector_idx").using("gin", t.searchVector),
    index("search_documents_title_trgm_idx").using("gin", sql`(${t.title} || ' ' || ${t.keywords}) gin_trgm_ops`),
    index("search_documents_filters_idx").using("gin", t.filters),
  ],
);
