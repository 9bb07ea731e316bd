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
      const exact = query.q.trim().toLowerCase().slice(0, 200);
      const any = query.match === "any";
      // Prose ("how do I track my shipment") matches on any of its words, ranked by how many.
      const fullText = any ? sql`to_tsquery('english', ${words.join(" | ")})` : sql`websearch_to_tsquery('english', ${query.q.slice(0, 500)})`;
      const prefixWords = any ? words.filter((w) => w.length >= 4) : words;
      const prefixes = sql`to_tsquery('simple', ${(prefixWords.length ? prefixWords : words).map((w) => `${w}:*`).join(any ? " | " : " & ")})`;
      const haystack = sql`(${searchDocuments.title} || ' ' || ${searchDocuments.keywords})`;
      const filter = filterSql(query.filter);
      // A record named exactly what was typed (an order or ticket number) comes first.
      const exactBoost = sql`case when lower(search_documents.title) = ${exact} then 10 when starts_with(lower(search_documents.title), ${exact}) then 3 else 0 end`;

      type Row = { id: string; title: string; snippet: string; display: Record<string, unknown> | string; total: number };
      const page = (tx: Parameters<Parameters<Database["transaction"]>[0]>[0], candidates: SQL, score: SQL, highlight: SQL, pageLimit: number, pageOffset: number) =>
        queryRows<Row>(
          tx,
          sql`
          with candidates as materialized (${candidates}),
          ranked as (
            select search_documents.document_id, search_documents.title, search_documents.body, search_documents.display,
                   ${score} + ${exactBoost} as score, count(*) over () as total
            from candidates join ${searchDocuments} using (index_name, document_id)
            where search_documents.index_name = ${index} ${filter ? sql`and ${filter}` : sql``}
            order by score desc, search_documents.sort_at desc nulls last
            limit ${pageLimit} offset ${pageOffset}
          )
          select ranked.document_id as id,
                 ts_headline('english', ranked.title, ${highlight}, ${TITLE_HEADLINE}) as title,
                 ts_headline('english', ranked.body, ${highlight}, ${HEADLINE}) as snippet,
                 ranked.display, ranked.total::int as total
          from ranked order by ranked.score desc`,
        );

      return db().transaction(async (tx) => {
        // word_similarity is costly per row but priced like "=": without this the planner
        // scans every document for common words instead of using the GIN indexes.
        await tx.execute(sql`select set_config('enable_seqscan', 'off', true)`);
        // 1. Full text (stemmed words) and prefixes (as you type), each through its GIN index.
        const matched = await page(
          tx,
          sql`select index_name, document_id from ${searchDocuments} where search_vector @@ ${fullText}
              union select index_name, document_id from ${searchDocuments} where search_vector @@ ${prefixes}`,
          sql`ts_rank_cd(search_documents.search_vector, ${fullText}, 32) * 3 + ts_rank_cd(search_documents.search_vector, ${prefixes}, 32)`,
          sql`${fullText} || ${prefixes}`,
          limit,
          offset,
        );
        let rows = matched;
        let total = matched[0]?.total ?? 0;
        // 2. Too few? Words that look alike (typos) in titles and keywords, by trigram similarity.
        if (total < limit) {
          await tx.execute(sql`select set_config('pg_trgm.word_similarity_threshold', '0.4', true)`);
          const similar = await page(
            tx,
            sql`select index_name, document_id from ${searchDocuments} where ${text} <% ${haystack}`,
            sql`word_similarity(${text}, ${haystack})`,
            sql`to_tsquery('simple', ${words.join(" | ")})`,
            limit + total,
            Math.max(0, offset - total),
          );
          const seen = new Set(matched.map((r) => r.id));
          const extra = similar.filter((r) => !seen.has(r.id));
          rows = [...matched, ...extra].slice(0, limit);
          total += extra.length;
        }
        return {
          hits: rows.map((r) => ({ id: r.id, title: r.title, snippet: r.snippet, display: typeof r.display === "string" ? JSON.parse(r.display) : r.display })),
          total,
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
