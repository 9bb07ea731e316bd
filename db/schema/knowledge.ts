import { relations, sql } from "drizzle-orm";
import { boolean, index, integer, pgEnum, pgTable, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { createdAt, id, timestamps, tstz } from "./columns";
import { accounts } from "./accounts";
import { users } from "./identity";

export const articleStatus = pgEnum("article_status", ["draft", "published", "archived"]);
/** public: anyone, also signed out; customers: signed-in customers and staff; internal: staff only. */
export const articleVisibility = pgEnum("article_visibility", ["public", "customers", "internal"]);

export const kbCategories = pgTable(
  "kb_categories",
  {
    id: id(),
    slug: text().notNull(),
    name: text().notNull(),
    description: text(),
    position: integer().notNull().default(0),
    ...timestamps,
  },
  (t) => [uniqueIndex("kb_categories_slug_key").on(t.slug)],
);

export const kbArticles = pgTable(
  "kb_articles",
  {
    id: id(),
    slug: text().notNull(),
    title: text().notNull(),
    summary: text().notNull().default(""),
    /** Markdown; rendered without raw HTML. */
    body: text().notNull(),
    categoryId: uuid()
      .notNull()
      .references(() => kbCategories.id),
    tags: text().array().notNull().default(sql`'{}'::text[]`),
    status: articleStatus().notNull().default("draft"),
    visibility: articleVisibility().notNull().default("customers"),
    authorId: uuid().references(() => users.id, { onDelete: "set null" }),
    publishedAt: tstz(),
    viewCount: integer().notNull().default(0),
    helpfulCount: integer().notNull().default(0),
    notHelpfulCount: integer().notNull().default(0),
    ...timestamps,
  },
  (t) => [
    uniqueIndex("kb_articles_slug_key").on(t.slug),
    index("kb_articles_category_idx").on(t.categoryId),
    index("kb_articles_status_visibility_idx").on(t.status, t.visibility),
  ],
);

/** "Was this helpful?" votes; anonymous votes have no user. */
export const kbFeedback = pgTable(
  "kb_feedback",
  {
    id: id(),
    articleId: uuid()
      .notNull()
      .references(() => kbArticles.id, { onDelete: "cascade" }),
    userId: uuid().references(() => users.id, { onDelete: "set null" }),
    helpful: boolean().notNull(),
    comment: text(),
    createdAt: createdAt(),
  },
  (t) => [index("kb_feedback_article_idx").on(t.articleId)],
);

/** A ticket that was never filed because a suggested article answered the question. */
export const ticketDeflections = pgTable(
  "ticket_deflections",
  {
    id: id(),
    accountId: uuid()
      .notNull()
      .references(() => accounts.id, { onDelete: "cascade" }),
    userId: uuid().references(() => users.id, { onDelete: "set null" }),
    articleId: uuid()
      .notNull()
      .references(() => kbArticles.id, { onDelete: "cascade" }),
    query: text().notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("ticket_deflections_account_idx").on(t.accountId), index("ticket_deflections_created_idx").on(t.createdAt)],
);

export const kbCategoriesRelations = relations(kbCategories, ({ many }) => ({
  articles: many(kbArticles),
}));

export const kbArticlesRelations = relations(kbArticles, ({ one }) => ({
  category: one(kbCategories, { fields: [kbArticles.categoryId], references: [kbCategories.id] }),
  author: one(users, { fields: [kbArticles.authorId], references: [users.id] }),
}));
