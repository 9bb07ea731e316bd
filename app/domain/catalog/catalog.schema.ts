import { z } from "zod";

export const CATALOG_SORTS = ["relevance", "name", "price_asc", "price_desc", "sku"] as const;
export const STOCK_FILTERS = ["any", "in_stock"] as const;

/** The catalog's URL filters; anything unexpected falls back to a default instead of failing. */
export const catalogQuerySchema = z.object({
  category: z.string().max(60).regex(/^[a-z0-9-]*$/).optional().catch(undefined),
  q: z.string().trim().max(100).optional().catch(undefined),
  stock: z.enum(STOCK_FILTERS).default("any").catch("any"),
  sort: z.enum(CATALOG_SORTS).default("name").catch("name"),
  page: z.coerce.number().int().min(1).max(1000).default(1).catch(1),
});
export type CatalogQuery = z.infer<typeof catalogQuerySchema>;

/** Largest quantity on one line: beyond this a buyer should ask for a quote. */
export const MAX_LINE_QUANTITY = 10_000;

export const quantityField = z.coerce
  .number({ invalid_type_error: "Enter a quantity as a whole number." })
  .int("Enter a whole number.")
  .min(1, "The quantity must be at least 1.")
  .max(MAX_LINE_QUANTITY, `For more than ${MAX_LINE_QUANTITY.toLocaleString("en-US")} units, request a quote.`);
