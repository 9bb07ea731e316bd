import { z } from "zod";
import type { Executor } from "~db/client";
import { enqueue } from "~/jobs/queue.server";
import { getSearchEngine } from "./engine.server";
import { INDEX_NAMES } from "./indexes";
import { documentId, ENTITIES, ENTITY_INDEX, type Entity, loadDocuments } from "./sources.server";
import type { SearchEngine } from "./types";

export const searchJobSchema = z.union([
  z.object({ entity: z.enum(ENTITIES), ids: z.array(z.string().uuid()).min(1).max(1000) }),
  z.object({ reindex: z.literal(true) }),
]);

/**
 * Queues an index update for changed records, in the caller's transaction:
 * the index follows the data, and a search engine that is down only delays it.
 */
export async function queueSearchSync(tx: Executor, entity: Entity, ids: string[]): Promise<void> {
  for (let i = 0; i < ids.length; i += 1000) await enqueue(tx, "search-index", { entity, ids: ids.slice(i, i + 1000) });
}

export async function queueFullReindex(tx: Executor): Promise<void> {
  await enqueue(tx, "search-index", { reindex: true }, { singletonKey: "reindex" });
}

/** The search-index job: re-reads the records and writes (or deletes) their documents. Idempotent. */
export async function runSearchJob(data: unknown, engine: SearchEngine = getSearchEngine()): Promise<{ indexed: number; removed: number }> {
  const job = searchJobSchema.parse(data);
  if ("reindex" in job) {
    const counts = await reindexAll(engine);
    return { indexed: Object.values(counts).reduce((a, b) => a + b, 0), removed: 0 };
  }
  const { documents, sourceIds } = await loadDocuments(job.entity, { ids: job.ids });
  const gone = job.ids.filter((id) => !sourceIds.includes(id)).map((id) => documentId(job.entity, id));
  const index = ENTITY_INDEX[job.entity];
  await engine.upsert(index, documents);
  await engine.remove(index, gone);
  return { indexed: documents.length, removed: gone.length };
}

/** Rebuilds every index from the database (npm run search:reindex, first start). */
export async function reindexAll(
  engine: SearchEngine = getSearchEngine(),
  onProgress?: (entity: Entity, done: number) => void,
): Promise<Record<Entity, number>> {
  await engine.setup();
  for (const index of INDEX_NAMES) await engine.clear(index);
  const counts = Object.fromEntries(ENTITIES.map((e) => [e, 0])) as Record<Entity, number>;
  for (const entity of ENTITIES) {
    let after: string | undefined;
    for (;;) {
      const page = await loadDocuments(entity, { after, limit: 2000 });
      if (page.documents.length === 0) break;
      await engine.upsert(ENTITY_INDEX[entity], page.documents);
      counts[entity] += page.documents.length;
      onProgress?.(entity, counts[entity]);
      after = page.lastId ?? undefined;
    }
  }
  return counts;
}
