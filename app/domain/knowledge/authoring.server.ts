import { and, asc, count, desc, eq, ilike, or, sql, type SQL } from "drizzle-orm";
import { getDb } from "~db/client";
import { kbArticles, kbCategories, ticketMessages, tickets, users } from "~db/schema";
import type { StaffActor } from "~/auth/actor";
import { audit } from "~/domain/platform/audit.server";
import { DomainError, forbiddenError, notFound } from "~/domain/errors";
import { queueSearchSync } from "~search/sync.server";
import { type ArticleInput, slugify } from "./knowledge.schema";

type Status = (typeof kbArticles.$inferSelect)["status"];
type Visibility = (typeof kbArticles.$inferSelect)["visibility"];

function staffOnly(actor: StaffActor) {
  if (actor.kind !== "staff") throw forbiddenError();
}

export async function listCategories() {
  return getDb().select({ slug: kbCategories.slug, name: kbCategories.name }).from(kbCategories).orderBy(asc(kbCategories.position));
}

/** Every article, drafts and internal ones included, for the people who write them. */
export async function listArticlesForStaff(actor: StaffActor, filter: { q?: string; status?: Status; visibility?: Visibility; category?: string; page?: number }) {
  staffOnly(actor);
  const db = getDb();
  const conditions: (SQL | undefined)[] = [
    filter.status ? eq(kbArticles.status, filter.status) : undefined,
    filter.visibility ? eq(kbArticles.visibility, filter.visibility) : undefined,
    filter.category ? eq(kbCategories.slug, filter.category) : undefined,
    filter.q ? or(ilike(kbArticles.title, `%${filter.q.replace(/[%_\\]/g, "\\$&")}%`), sql`${filter.q.toLowerCase()} = any(${kbArticles.tags})`) : undefined,
  ];
  const where = and(...conditions);
  const page = Math.max(1, filter.page ?? 1);
  const [rows, [{ total }]] = await Promise.all([
    db
      .select({
        id: kbArticles.id,
        slug: kbArticles.slug,
        title: kbArticles.title,
        status: kbArticles.status,
        visibility: kbArticles.visibility,
        category: kbCategories.name,
        tags: kbArticles.tags,
        updatedAt: kbArticles.updatedAt,
        viewCount: kbArticles.viewCount,
        helpfulCount: kbArticles.helpfulCount,
        notHelpfulCount: kbArticles.notHelpfulCount,
        authorName: users.name,
      })
      .from(kbArticles)
      .innerJoin(kbCategories, eq(kbCategories.id, kbArticles.categoryId))
      .leftJoin(users, eq(users.id, kbArticles.authorId))
      .where(where)
      .orderBy(desc(kbArticles.updatedAt))
      .limit(50)
      .offset((page - 1) * 50),
    db.select({ total: count() }).from(kbArticles).innerJoin(kbCategories, eq(kbCategories.id, kbArticles.categoryId)).where(where),
  ]);
  return { articles: rows, total, page, pages: Math.max(1, Math.ceil(total / 50)) };
}

export async function getArticleForEditing(actor: StaffActor, id: string) {
  staffOnly(actor);
  const [row] = await getDb()
    .select({ article: kbArticles, categorySlug: kbCategories.slug })
    .from(kbArticles)
    .innerJoin(kbCategories, eq(kbCategories.id, kbArticles.categoryId))
    .where(eq(kbArticles.id, id))
    .limit(1);
  if (!row) throw notFound("That article");
  return { ...row.article, categorySlug: row.categorySlug };
}

/**
 * "Turn this reply into an article": a draft prefilled from an agent's
 * message, the ticket's subject as the title. Internal until an author
 * decides otherwise — a reply can name a customer.
 */
export async function draftFromReply(actor: StaffActor, messageId: string) {
  staffOnly(actor);
  const [row] = await getDb()
    .select({ body: ticketMessages.body, subject: tickets.subject, number: tickets.number, category: tickets.category })
    .from(ticketMessages)
    .innerJoin(tickets, eq(tickets.id, ticketMessages.ticketId))
    .where(eq(ticketMessages.id, messageId))
    .limit(1);
  if (!row) throw notFound("That reply");
  const categorySlug = { delivery: "shipping", invoice: "invoices", returns: "returns", order_issue: "ordering", account: "account", technical: "troubleshooting", product_question: "product-care", other: "support-procedures" }[row.category];
  return { title: row.subject, summary: "", body: row.body, categorySlug, tags: "", status: "draft" as const, visibility: "internal" as const, fromTicket: row.number };
}

/** Creates or updates an article; the search index follows in the same transaction (outbox). */
export async function saveArticle(actor: StaffActor, id: string | null, input: ArticleInput): Promise<{ id: string; slug: string }> {
  staffOnly(actor);
  return getDb().transaction(async (tx) => {
    const [category] = await tx.select({ id: kbCategories.id }).from(kbCategories).where(eq(kbCategories.slug, input.categorySlug)).limit(1);
    if (!category) throw new DomainError("invalid", "Choose a category.");
    const slug = input.slug ?? slugify(input.title);
    if (!slug) throw new DomainError("invalid", "The title needs at least one letter or digit.");
    const [clash] = await tx.select({ id: kbArticles.id }).from(kbArticles).where(and(eq(kbArticles.slug, slug), id ? sql`${kbArticles.id} <> ${id}` : undefined)).limit(1);
    if (clash) throw new DomainError("conflict", `Another article already uses the address "${slug}". Change the title or the address.`);
    const values = { title: input.title, slug, summary: input.summary, body: input.body, categoryId: category.id, tags: input.tags, status: input.status, visibility: input.visibility };
    let saved: { id: string; slug: string };
    if (id) {
      const [before] = await tx.select({ status: kbArticles.status, publishedAt: kbArticles.publishedAt }).from(kbArticles).where(eq(kbArticles.id, id)).for("update").limit(1);
      if (!before) throw notFound("That article");
      const publishedAt = input.status === "published" && !before.publishedAt ? new Date() : before.publishedAt;
      [saved] = await tx.update(kbArticles).set({ ...values, publishedAt, updatedAt: new Date() }).where(eq(kbArticles.id, id)).returning({ id: kbArticles.id, slug: kbArticles.slug });
    } else {
      [saved] = await tx
        .insert(kbArticles)
        .values({ ...values, authorId: actor.userId, publishedAt: input.status === "published" ? new Date() : null })
        .returning({ id: kbArticles.id, slug: kbArticles.slug });
    }
    await audit(tx, actor, { action: id ? "kb_article.updated" : "kb_article.created", entityType: "kb_article", entityId: saved.id, data: { status: input.status, visibility: input.visibility } });
    await queueSearchSync(tx, "kb_article", [saved.id]);
    return saved;
  });
}
