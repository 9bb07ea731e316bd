import { and, eq, inArray } from "drizzle-orm";
import { getDb } from "~db/client";
import { kbArticles, ticketDeflections } from "~db/schema";
import type { CustomerActor } from "~/auth/actor";
import { notFound } from "~/domain/errors";
import { knowledgeVisibility } from "~/domain/search/search.server";

/** Articles to show in full beside the suggestions, only those the customer may read. */
export async function readableArticles(actor: CustomerActor, ids: string[]) {
  if (ids.length === 0) return [];
  return getDb()
    .select({ id: kbArticles.id, slug: kbArticles.slug, title: kbArticles.title, summary: kbArticles.summary, body: kbArticles.body })
    .from(kbArticles)
    .where(and(inArray(kbArticles.id, ids), eq(kbArticles.status, "published"), inArray(kbArticles.visibility, knowledgeVisibility(actor) as ("public" | "customers" | "internal")[])));
}

/** "This answered my question": the ticket that was never filed, counted as a deflection. */
export async function recordDeflection(actor: CustomerActor, articleId: string, query: string): Promise<void> {
  const [article] = await readableArticles(actor, [articleId]);
  if (!article) throw notFound("That article");
  await getDb().insert(ticketDeflections).values({ accountId: actor.accountId, userId: actor.userId, articleId, query: query.slice(0, 500) });
}
