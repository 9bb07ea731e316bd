import { relations, sql } from "drizzle-orm";
import { boolean, char, date, index, integer, pgEnum, pgTable, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { id, money, timestamps } from "./columns";
import { accounts } from "./accounts";

export const stockStatus = pgEnum("stock_status", ["in_stock", "low_stock", "out_of_stock", "discontinued"]);

export const productCategories = pgTable(
  "product_categories",
  {
    id: id(),
    slug: text().notNull(),
    name: text().notNull(),
    description: text(),
    position: integer().notNull().default(0),
    ...timestamps,
  },
  (t) => [uniqueIndex("product_categories_slug_key").on(t.slug)],
);

export const products = pgTable(
  "products",
  {
    id: id(),
    sku: text().notNull(),
    name: text().notNull(),
    description: text().notNull().default(""),
    categoryId: uuid()
      .notNull()
      .references(() => productCategories.id),
    /** Selling unit: each, box of 100, pack, kg, m, l… */
    unit: text().notNull().default("each"),
    listPriceCents: money().notNull(),
    /** Our cost, for profitability analytics; null when unknown. */
    costCents: money(),
    currency: char({ length: 3 }).notNull().default("USD"),
    stockStatus: stockStatus().notNull().default("in_stock"),
    stockQuantity: integer().notNull().default(0),
    leadTimeDays: integer().notNull().default(2),
    minOrderQuantity: integer().notNull().default(1),
    active: boolean().notNull().default(true),
    ...timestamps,
  },
  (t) => [
    uniqueIndex("products_sku_key").on(t.sku),
    index("products_category_idx").on(t.categoryId),
    index("products_name_trgm_idx").using("gin", sql`${t.name} gin_trgm_ops`),
  ],
);

/** A named set of contract prices, assigned to accounts (e.g. "Gold 2026"). */
export const priceLists = pgTable(
  "price_lists",
  {
    id: id(),
    name: text().notNull(),
    currency: char({ length: 3 }).notNull().default("USD"),
    description: text(),
    ...timestamps,
  },
  (t) => [uniqueIndex("price_lists_name_key").on(t.name)],
);

export const priceListItems = pgTable(
  "price_list_items",
  {
    id: id(),
    priceListId: uuid()
      .notNull()
      .references(() => priceLists.id, { onDelete: "cascade" }),
    productId: uuid()
      .notNull()
      .references(() => products.id, { onDelete: "cascade" }),
    unitPriceCents: money().notNull(),
    ...timestamps,
  },
  (t) => [uniqueIndex("price_list_items_list_product_key").on(t.priceListId, t.productId)],
);

/** A price negotiated for one account; wins over its price list. */
export const accountPrices = pgTable(
  "account_prices",
  {
    id: id(),
    accountId: uuid()
      .notNull()
      .references(() => accounts.id, { onDelete: "cascade" }),
    productId: uuid()
      .notNull()
      .references(() => products.id, { onDelete: "cascade" }),
    unitPriceCents: money().notNull(),
    validFrom: date({ mode: "string" }),
    validUntil: date({ mode: "string" }),
    ...timestamps,
  },
  (t) => [
    index("account_prices_account_idx").on(t.accountId),
    uniqueIndex("account_prices_account_product_key").on(t.accountId, t.productId),
  ],
);

export const productCategoriesRelations = relations(productCategories, ({ many }) => ({
  products: many(products),
}));

export const productsRelations = relations(products, ({ one }) => ({
  category: one(productCategories, { fields: [products.categoryId], references: [productCategories.id] }),
}));

export const priceListsRelations = relations(priceLists, ({ many }) => ({
  items: many(priceListItems),
}));

export const priceListItemsRelations = relations(priceListItems, ({ one }) => ({
  priceList: one(priceLists, { fields: [priceListItems.priceListId], references: [priceLists.id] }),
  product: one(products, { fields: [priceListItems.productId], references: [products.id] }),
}));
