import { and, asc, count, desc, eq, inArray, sql } from "drizzle-orm";
import { getDb } from "~db/client";
import { kbArticles, kbCategories, kbFeedback } from "~db/schema";
import type { Actor } from "~/auth/actor";
import { notFound } from "~/domain/errors";
import { knowledgeVisibility } from "~/domain/search/search.server";
import { renderMarkdown } from "./markdown";

type Visibility = (typeof kbArticles.$inferSelect)["visibility"];

/** Published articles this reader may open: the public sees public ones, customers also customer ones, staff all. */
function readable(reader: Actor | null) {
  return and(eq(kbArticles.status, "published"), inArray(kbArticles.visibility, knowledgeVisibility(reader) as Visibility[]));
}

/** The knowledge base's front page: categories with how many readable articles each holds, and the most read. */
export async function knowledgeHome(reader: Actor | null, category?: string) {
  const db = getDb();
  const categories = await db
    .select({ slug: kbCategories.slug, name: kbCategories.name, description: kbCategories.description, articles: count(kbArticles.id) })
    .from(kbCategories)
    .leftJoin(kbArticles, and(eq(kbArticles.categoryId, kbCategories.id), readable(reader)))
    .groupBy(kbCategories.id)
    .orderBy(asc(kbCategories.position));
  const current = category ? categories.find((c) => c.slug === category) : undefined;
  if (category && !current) throw notFound("That category");
  const articles = await db
    .select({ slug: kbArticles.slug, title: kbArticles.title, summary: kbArticles.summary, category: kbCategories.name, visibility: kbArticles.visibility })
    .from(kbArticles)
    .innerJoin(kbCategories, eq(kbCategories.id, kbArticles.categoryId))
    .where(and(readable(reader), current ? eq(kbCategories.slug, current.slug) : undefined))
    .orderBy(current ? asc(kbArticles.title) : desc(kbArticles.viewCount))
    .limit(current ? 200 : 8);
  return { categories: categories.filter((c) => c.articles > 0), current: current ?? null, articles };
}

/**
 * One article as its reader sees it, rendered from Markdown (sanitised), with
 * related articles (same category or shared tags). An article the reader may
 * not see is "not found", exactly like one that does not exist.
 */
export async function readArticle(reader: Actor | null, slug: string, options: { countView?: boolean } = {}) {
  const db = getDb();
  const [row] = await db
    .select({ article: kbArticles, categoryName: kbCategories.name, categorySlug: kbCategories.slug })
    .from(kbArticles)
    .innerJoin(kbCategories, eq(kbCategories.id, kbArticles.categoryId))
    .where(and(readable(reader), eq(kbArticles.slug, slug)))
    .limit(1);
  if (!row) throw notFound("That article");
  const { article } = row;
  const tags = sql`ARRAY[${sql.join(article.tags.map((t) => sql`${t}`), sql`, `)}]::text[]`;
  const [related] = await Promise.all([
    db
      .select({ slug: kbArticles.slug, title: kbArticles.title, summary: kbArticles.summary })
      .from(kbArticles)
      .where(and(readable(reader), sql`${kbArticles.id} <> ${article.id}`, sql`(${kbArticles.categoryId} = ${article.categoryId} or ${kbArticles.tags} && ${tags})`))
      // Shared tags count most, then the same category, then popularity.
      .orderBy(sql`cardinality(array(select unnest(${kbArticles.tags}) intersect select unnest(${tags}))) desc`, sql`(${kbArticles.categoryId} = ${article.categoryId}) desc`, desc(kbArticles.viewCount))
      .limit(4),
    options.countView ? db.update(kbArticles).set({ viewCount: sql`${kbArticles.viewCount} + 1` }).where(eq(kbArticles.id, article.id)) : null,
  ]);
  return {
    id: article.id,
    slug: article.slug,
    title: article.title,
    summary: article.summary,
    html: renderMarkdown(article.body),
    tags: article.tags,
    visibility: article.visibility,
    publishedAt: article.publishedAt,
    updatedAt: article.updatedAt,
    helpfulCount: article.helpfulCount,
    notHelpfulCount: article.notHelpfulCount,
    category: { slug: row.categorySlug, name: row.categoryName },
    related,
  };
}

/**
 * "Was this helpful?": a vote counted on the article, for any reader who may
 * see it. A signed-in reader has one vote per article — voting again changes
 * it rather than adding another.
 */
export async function recordArticleFeedback(reader: Actor | null, slug: string, helpful: boolean, comment?: string): Promise<void> {
  await getDb().transaction(async (tx) => {
    const [article] = await tx.select({ id: kbArticles.id }).from(kbArticles).where(and(readable(reader), eq(kbArticles.slug, slug))).limit(1);
    if (!article) throw notFound("That article");
    const userId = reader && reader.kind !== "api" ? reader.userId : null;
    const count = (yes: boolean, by: number) => (yes ? { helpfulCount: sql`${kbArticles.helpfulCount} + ${by}` } : { notHelpfulCount: sql`${kbArticles.notHelpfulCount} + ${by}` });
    if (userId) {
      const [previous] = await tx.select().from(kbFeedback).where(and(eq(kbFeedback.articleId, article.id), eq(kbFeedback.userId, userId))).for("update").limit(1);
      if (previous) {
        await tx.update(kbFeedback).set({ helpful, comment: comment || previous.comment }).where(eq(kbFeedback.id, previous.id));
        if (previous.helpful !== helpful) await tx.update(kbArticles).set({ ...count(previous.helpful, -1), ...count(helpful, 1) }).where(eq(kbArticles.id, article.id));
        return;
      }
    }
    await tx.insert(kbFeedback).values({ articleId: article.id, userId, helpful, comment: comment || null });
    await tx.update(kbArticles).set(count(helpful, 1)).where(eq(kbArticles.id, article.id));
  });
}
