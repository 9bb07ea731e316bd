import { and, eq, isNull, lte, or, gte, sql, type SQL } from "drizzle-orm";
import { accountPrices, accounts, priceListItems, products } from "~db/schema";

/**
 * The account's own price of a product: a negotiated account price (while
 * valid), else its price list's, else the list price. Joins to add to any
 * query over products; prices are only ever computed on the server.
 */
export function accountPriceJoins(accountId: string) {
  const today = sql`current_date`;
  const override = and(
    eq(accountPrices.productId, products.id),
    eq(accountPrices.accountId, accountId),
    or(isNull(accountPrices.validFrom), lte(accountPrices.validFrom, today)),
    or(isNull(accountPrices.validUntil), gte(accountPrices.validUntil, today)),
  )!;
  const listItem = and(
    eq(priceListItems.productId, products.id),
    eq(priceListItems.priceListId, sql`(select ${accounts.priceListId} from ${accounts} where ${accounts.id} = ${accountId})`),
  )!;
  const unitPrice: SQL<number> = sql<number>`coalesce(${accountPrices.unitPriceCents}, ${priceListItems.unitPriceCents}, ${products.listPriceCents})`.mapWith(Number);
  const priceSource: SQL<"account" | "price_list" | "list"> = sql<"account" | "price_list" | "list">`case when ${accountPrices.unitPriceCents} is not null then 'account' when ${priceListItems.unitPriceCents} is not null then 'price_list' else 'list' end`;
  return { override, listItem, unitPrice, priceSource };
}
