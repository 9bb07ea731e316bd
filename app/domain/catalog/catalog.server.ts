import { and, asc, count, desc, eq, ilike, or, sql } from "drizzle-orm";
import { type Executor, getDb } from "~db/client";
import { accountPrices, priceListItems, productCategories, products } from "~db/schema";
import type { CustomerActor } from "~/auth/actor";
import { notFound } from "~/domain/errors";
import type { CatalogQuery } from "./catalog.schema";
import { accountPriceJoins } from "./pricing.server";

export const CATALOG_PAGE_SIZE = 24;

export type CatalogProduct = {
  id: string;
  sku: string;
  name: string;
  description: string;
  unit: string;
  stockStatus: (typeof products.$inferSelect)["stockStatus"];
  leadTimeDays: number;
  listPriceCents: number;
  unitPriceCents: number;
  priceSource: "account" | "price_list" | "list";
  currency: string;
  categorySlug: string;
  categoryName: string;
};

function productColumns(accountId: string) {
  const { unitPrice, priceSource } = accountPriceJoins(accountId);
  return {
    id: products.id,
    sku: products.sku,
    name: products.name,
    description: products.description,
    unit: products.unit,
    stockStatus: products.stockStatus,
    leadTimeDays: products.leadTimeDays,
    listPriceCents: products.listPriceCents,
    unitPriceCents: unitPrice,
    priceSource,
    currency: products.currency,
    categorySlug: productCategories.slug,
    categoryName: productCategories.name,
  };
}

/** Products with the customer's own prices, filtered and sorted as the catalog page asks. */
export async function listCatalog(actor: CustomerActor, query: CatalogQuery) {
  const db = getDb();
  const { override, listItem, unitPrice } = accountPriceJoins(actor.accountId);
  const term = query.q ? `%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
  const where = and(
    eq(products.active, true),
    query.category ? eq(productCategories.slug, query.category) : undefined,
    query.stock === "in_stock" ? sql`${products.stockStatus} in ('in_stock','low_stock')` : undefined,
    term ? or(ilike(products.name, term), ilike(products.sku, term), ilike(products.description, term)) : undefined,
  );
  const order =
    query.sort === "price_asc" ? [asc(unitPrice), asc(products.name)]
    : query.sort === "price_desc" ? [desc(unitPrice), asc(products.name)]
    : query.sort === "sku" ? [asc(products.sku)]
    : [asc(products.name)];
  const base = () =>
    db
      .select(productColumns(actor.accountId))
      .from(products)
      .innerJoin(productCategories, eq(productCategories.id, products.categoryId))
      .leftJoin(accountPrices, override)
      .leftJoin(priceListItems, listItem);
  const [rows, [{ total }], categories] = await Promise.all([
    base()
      .where(where)
      .orderBy(...order)
      .limit(CATALOG_PAGE_SIZE)
      .offset((query.page - 1) * CATALOG_PAGE_SIZE),
    db.select({ total: count() }).from(products).innerJoin(productCategories, eq(productCategories.id, products.categoryId)).where(where),
    listCategories(),
  ]);
  return { products: rows as CatalogProduct[], total, page: query.page, pages: Math.max(1, Math.ceil(total / CATALOG_PAGE_SIZE)), categories };
}

export async function listCategories() {
  return getDb()
    .select({ slug: productCategories.slug, name: productCategories.name, description: productCategories.description, products: count(products.id) })
    .from(productCategories)
    .leftJoin(products, and(eq(products.categoryId, productCategories.id), eq(products.active, true)))
    .groupBy(productCategories.id)
    .orderBy(asc(productCategories.position));
}

/** One product by SKU, with the customer's price; inactive products are not found. */
export async function getProduct(actor: CustomerActor, sku: string): Promise<CatalogProduct> {
  const { override, listItem } = accountPriceJoins(actor.accountId);
  const [row] = await getDb()
    .select(productColumns(actor.accountId))
    .from(products)
    .innerJoin(productCategories, eq(productCategories.id, products.categoryId))
    .leftJoin(accountPrices, override)
    .leftJoin(priceListItems, listItem)
    .where(and(eq(products.sku, sku), eq(products.active, true)))
    .limit(1);
  if (!row) throw notFound("That product");
  return row as CatalogProduct;
}

/** Products by id (or SKU) with the customer's prices: what carts, quick order and checkout price with. */
export async function priceProducts(actor: CustomerActor, by: { ids?: string[]; skus?: string[] }, ex: Executor = getDb()): Promise<CatalogProduct[]> {
  const ids = by.ids ?? [];
  const skus = by.skus ?? [];
  if (ids.length === 0 && skus.length === 0) return [];
  const { override, listItem } = accountPriceJoins(actor.accountId);
  return (await ex
    .select(productColumns(actor.accountId))
    .from(products)
    .innerJoin(productCategories, eq(productCategories.id, products.categoryId))
    .leftJoin(accountPrices, override)
    .leftJoin(priceListItems, listItem)
    .where(
      and(
        eq(products.active, true),
        or(ids.length ? sql`${products.id} in ${ids}` : undefined, skus.length ? sql`upper(${products.sku}) in ${skus.map((s) => s.toUpperCase())}` : undefined),
      ),
    )) as CatalogProduct[];
}
