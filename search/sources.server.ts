import { and, asc, eq, gt, inArray, type SQL } from "drizzle-orm";
import { getDb } from "~db/client";
import { accounts, contacts, kbArticles, kbCategories, orders, productCategories, products, tickets } from "~db/schema";
import type { IndexName, SearchDocument } from "./types";

/** The records that feed the search indexes, declared beside their documents. */
export const ENTITIES = ["kb_article", "account", "contact", "product", "order", "ticket"] as const;
export type Entity = (typeof ENTITIES)[number];

export const ENTITY_INDEX: Record<Entity, IndexName> = {
  kb_article: "knowledge",
  account: "records",
  contact: "records",
  product: "records",
  order: "records",
  ticket: "records",
};

/** Document ids: articles by their id, records prefixed with their type (Meilisearch allows [A-Za-z0-9_-]). */
export const documentId = (entity: Entity, id: string) => (entity === "kb_article" ? id : `${entity}_${id}`);

/** Markdown as plain words for indexing. */
export function plainText(markdown: string): string {
  return markdown
    .replace(/```[\s\S]*?```/g, " ")
    .replace(/`([^`]*)`/g, "$1")
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/^#{1,6}\s+/gm, "")
    .replace(/[*_>~]/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

type Page = { ids?: string[]; after?: string; limit?: number };

function scope(idColumn: Parameters<typeof inArray>[0], page: Page): SQL | undefined {
  if (page.ids) return inArray(idColumn, page.ids.length ? page.ids : ["00000000-0000-0000-0000-000000000000"]);
  return page.after ? gt(idColumn, page.after) : undefined;
}

/** Loads documents for the given ids, or the next page after `after` (for reindexing), ordered by id. */
export async function loadDocuments(entity: Entity, page: Page): Promise<{ documents: SearchDocument[]; lastId: string | null; sourceIds: string[] }> {
  const db = getDb();
  const limit = page.limit ?? 1000;
  let rows: { sourceId: string; doc: SearchDocument }[] = [];
  switch (entity) {
    case "kb_article": {
      const found = await db
        .select({ a: kbArticles, category: kbCategories.name, categorySlug: kbCategories.slug })
        .from(kbArticles)
        .innerJoin(kbCategories, eq(kbCategories.id, kbArticles.categoryId))
        .where(scope(kbArticles.id, page))
        .orderBy(asc(kbArticles.id))
        .limit(limit);
      rows = found.map(({ a, category, categorySlug }) => ({
        sourceId: a.id,
        doc: {
          id: documentId(entity, a.id),
          title: a.title,
          keywords: [a.summary, a.tags.join(" "), category].join(" "),
          body: plainText(a.body),
          filters: { visibility: a.visibility, status: a.status, category: categorySlug },
          display: { type: "kb_article", slug: a.slug, summary: a.summary, category, visibility: a.visibility },
          sortAt: a.publishedAt ?? a.updatedAt,
        },
      }));
      break;
    }
    case "account": {
      const found = await db.select().from(accounts).where(scope(accounts.id, page)).orderBy(asc(accounts.id)).limit(limit);
      rows = found.map((a) => ({
        sourceId: a.id,
        doc: {
          id: documentId(entity, a.id),
          title: a.name,
          keywords: [a.number, a.domain ?? "", a.industry, a.tier].join(" "),
          filters: { type: "account", accountId: a.id },
          display: { type: "account", accountId: a.id, number: a.number, tier: a.tier, industry: a.industry },
          sortAt: a.updatedAt,
        },
      }));
      break;
    }
    case "contact": {
      const found = await db
        .select({ c: contacts, accountName: accounts.name })
        .from(contacts)
        .innerJoin(accounts, eq(accounts.id, contacts.accountId))
        .where(scope(contacts.id, page))
        .orderBy(asc(contacts.id))
        .limit(limit);
      rows = found.map(({ c, accountName }) => ({
        sourceId: c.id,
        doc: {
          id: documentId(entity, c.id),
          title: `${c.firstName} ${c.lastName}`,
          keywords: [c.email, c.phone ?? "", c.jobTitle ?? "", accountName].join(" "),
          filters: { type: "contact", accountId: c.accountId },
          display: { type: "contact", accountId: c.accountId, accountName, email: c.email, jobTitle: c.jobTitle },
          sortAt: c.updatedAt,
        },
      }));
      break;
    }
    case "product": {
      const found = await db
        .select({ p: products, category: productCategories.name })
        .from(products)
        .innerJoin(productCategories, eq(productCategories.id, products.categoryId))
        .where(scope(products.id, page))
        .orderBy(asc(products.id))
        .limit(limit);
      rows = found.map(({ p, category }) => ({
        sourceId: p.id,
        doc: {
          id: documentId(entity, p.id),
          title: p.name,
          keywords: [p.sku, category, p.unit].join(" "),
          body: p.description,
          filters: { type: "product", accountId: "" },
          display: { type: "product", sku: p.sku, category, stockStatus: p.stockStatus, listPriceCents: p.listPriceCents, currency: p.currency },
          sortAt: p.updatedAt,
        },
      }));
      break;
    }
    case "order": {
      const found = await db
        .select({ o: orders, accountName: accounts.name })
        .from(orders)
        .innerJoin(accounts, eq(accounts.id, orders.accountId))
        .where(scope(orders.id, page))
        .orderBy(asc(orders.id))
        .limit(limit);
      rows = found.map(({ o, accountName }) => ({
        sourceId: o.id,
        doc: {
          id: documentId(entity, o.id),
          title: o.number,
          keywords: [o.poNumber ?? "", accountName].join(" "),
          filters: { type: "order", accountId: o.accountId },
          display: { type: "order", accountId: o.accountId, accountName, status: o.status, poNumber: o.poNumber, placedAt: o.placedAt.toISOString(), totalCents: o.totalCents, currency: o.currency },
          sortAt: o.placedAt,
        },
      }));
      break;
    }
    case "ticket": {
      const found = await db
        .select({ t: tickets, accountName: accounts.name })
        .from(tickets)
        .innerJoin(accounts, eq(accounts.id, tickets.accountId))
        .where(and(scope(tickets.id, page)))
        .orderBy(asc(tickets.id))
        .limit(limit);
      rows = found.map(({ t, accountName }) => ({
        sourceId: t.id,
        doc: {
          id: documentId(entity, t.id),
          title: `#${t.number} ${t.subject}`,
          keywords: [String(t.number), accountName, t.category].join(" "),
          filters: { type: "ticket", accountId: t.accountId },
          display: { type: "ticket", accountId: t.accountId, accountName, number: t.number, status: t.status, priority: t.priority },
          sortAt: t.createdAt,
        },
      }));
      break;
    }
  }
  return { documents: rows.map((r) => r.doc), sourceIds: rows.map((r) => r.sourceId), lastId: rows.at(-1)?.sourceId ?? null };
}
