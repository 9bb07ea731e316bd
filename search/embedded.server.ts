import { and, inArray, sql, type SQL } from "drizzle-orm";
import { type Database, getDb, queryRows } from "~db/client";
import { searchDocuments } from "~db/schema";
import { type IndexName, MARK_END, MARK_START, type SearchDocument, type SearchEngine, type SearchFilter, type SearchQuery, type SearchResult } from "./types";

/** Words of a query, letters and digits only: safe to turn into a prefix tsquery. */
export function queryWords(q: string): string[] {
  return (q.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, 12);
}

function filterSql(filter: SearchFilter | undefined): SQL | undefined {
  if (!filter) return undefined;
  const parts = Object.entries(filter).map(([field, value]) =>
    Array.isArray(value) ? sql`${searchDocuments.filters}->>${field} in ${value.length ? value : [""]}` : sql`${searchDocuments.filters}->>${field} = ${value}`,
  );
  return parts.length ? and(...parts) : undefined;
}

const HEADLINE = `StartSel=${MARK_START}, StopSel=${MARK_END}, MaxWords=26, MinWords=10, ShortWord=2, MaxFragments=2, FragmentDelimiter=" … "`;
const TITLE_HEADLINE = `StartSel=${MARK_START}, StopSel=${MARK_END}, HighlightAll=true`;

/**
 * Search on PostgreSQL itself (PGlite or server), needing nothing installed:
 * full-text ranking (English stems + exact words), prefix matching as you
 * type, trigram similarity for typos, ts_headline snippets.
 */
export function embeddedEngine(db: () => Database = getDb): SearchEngine {
  return {
    name: "embedded",
    async setup() {
      // The table and its indexes come with the migrations.
    },
    async upsert(index: IndexName, documents: SearchDocument[]) {
      if (documents.length === 0) return;
      for (let i = 0; i < documents.length; i += 500) {
        const rows = documents.slice(i, i + 500).map((d) => ({
          indexName: index,
          documentId: d.id,
          title: d.title,
          keywords: d.keywords ?? "",
          body: d.body ?? "",
          filters: d.filters,
          display: d.display,
          sortAt: d.sortAt ?? null,
          updatedAt: new Date(),
        }));
        await db()
          .insert(searchDocuments)
          .values(rows)
          .onConflictDoUpdate({
            target: [searchDocuments.indexName, searchDocuments.documentId],
            set: {
              title: sql`excluded.title`,
              keywords: sql`excluded.keywords`,
              body: sql`excluded.body`,
              filters: sql`excluded.filters`,
              display: sql`excluded.display`,
              sortAt: sql`excluded.sort_at`,
              updatedAt: sql`excluded.updated_at`,
            },
          });
      }
    },
    async remove(index: IndexName, ids: string[]) {
      if (ids.length === 0) return;
      await db()
        .delete(searchDocuments)
        .where(and(sql`${searchDocuments.indexName} = ${index}`, inArray(searchDocuments.documentId, ids)));
    },
    async clear(index: IndexName) {
      await db().delete(searchDocuments).where(sql`${searchDocuments.indexName} = ${index}`);
    },
    async search(index: IndexName, query: SearchQuery): Promise<SearchResult> {
      const words = queryWords(query.q);
      if (words.length === 0) return { hits: [], total: 0, engine: "embedded" };
      const limit = Math.min(query.limit ?? 10, 50);
      const offset = Math.max(query.offset ?? 0, 0);
      const text = words.join(" ");
      const prefix = words.map((w) => `${w}:*`).join(" & ");
      const where = filterSql(query.filter);
      const exact = query.q.trim().toLowerCase().slice(0, 200);
      const haystack = sql`(${searchDocuments.title} || ' ' || ${searchDocuments.keywords})`;
      return db().transaction(async (tx) => {
        // Typo tolerance: words at least this similar to a title/keyword word match.
        await tx.execute(sql`select set_config('pg_trgm.word_similarity_threshold', '0.4', true)`);
        // word_similarity is costly per row, but the planner prices it like "=": without this
        // it scans every document for common words instead of combining the three GIN indexes.
        await tx.execute(sql`select set_config('enable_seqscan', 'off', true)`);
        const words = sql`websearch_to_tsquery('english', ${query.q.slice(0, 500)})`;
        const prefixes = sql`to_tsquery('simple', ${prefix})`;
        // Each way of matching finds its candidates through its own GIN index; only those are ranked.
        const rows = await queryRows<{ id: string; title: string; snippet: string; display: Record<string, unknown>; total: number }>(
          tx,
          sql`
          with candidates as materialized (
            select index_name, document_id from ${searchDocuments} where search_vector @@ ${words}
            union
            select index_name, document_id from ${searchDocuments} where search_vector @@ ${prefixes}
            union
            select index_name, document_id from ${searchDocuments} where ${text} <% ${haystack}
          ),
          ranked as (
            select search_documents.document_id, search_documents.title, search_documents.body, search_documents.display,
                   ts_rank_cd(search_documents.search_vector, ${words}, 32) * 3
                     + ts_rank_cd(search_documents.search_vector, ${prefixes}, 32)
                     + word_similarity(${text}, ${haystack})
                     -- A record named exactly what was typed (an order or ticket number) comes first.
                     + case when lower(search_documents.title) = ${exact} then 10
                            when starts_with(lower(search_documents.title), ${exact}) then 3 else 0 end as score,
                   count(*) over () as total
            from candidates
            join ${searchDocuments} using (index_name, document_id)
            where search_documents.index_name = ${index}
              ${where ? sql`and ${where}` : sql``}
            order by score desc, search_documents.sort_at desc nulls last
            limit ${limit} offset ${offset}
          )
          select ranked.document_id as id,
                 ts_headline('english', ranked.title, ${words} || ${prefixes}, ${TITLE_HEADLINE}) as title,
                 ts_headline('english', ranked.body, ${words} || ${prefixes}, ${HEADLINE}) as snippet,
                 ranked.display, ranked.total::int as total
          from ranked
          order by ranked.score desc`,
        );
        return {
          hits: rows.map((r) => ({ id: r.id, title: r.title, snippet: r.snippet, display: typeof r.display === "string" ? JSON.parse(r.display) : r.display })),
          total: rows[0]?.total ?? 0,
          engine: "embedded",
        };
      });
    },
    async healthy() {
      try {
        await queryRows(db(), sql`select 1 from ${searchDocuments} limit 1`);
        return true;
      } catch {
        return false;
      }
    },
  };
}
