import { sql } from "drizzle-orm";
import { getDb, queryRows } from "~db/client";
import type { CustomerActor } from "~/auth/actor";
import { type CatalogProduct, priceProducts } from "./catalog.server";

/**
 * "Customers like you also bought": the accounts whose purchases overlap most
 * with this account's (by distinct products, last 12 months), and the products
 * they buy most that this account has never ordered. Priced for this account.
 */
export async function customersLikeYouBought(actor: CustomerActor, limit = 4): Promise<CatalogProduct[]> {
  const rows = await queryRows<{ product_id: string }>(
    getDb(),
    sql`
    with mine as (
      select distinct product_id from order_lines
      where account_id = ${actor.accountId} and product_id is not null
    ),
    recent as (
      select ol.account_id, ol.product_id from order_lines ol
      join orders o on o.id = ol.order_id
      where o.placed_at > now() - interval '12 months' and o.status not in ('cancelled', 'rejected')
        and ol.account_id <> ${actor.accountId} and ol.product_id is not null
    ),
    peers as (
      select r.account_id, count(distinct r.product_id) as shared
      from recent r join mine m on m.product_id = r.product_id
      group by r.account_id
      order by shared desc
      limit 25
    )
    select r.product_id
    from recent r join peers s on s.account_id = r.account_id
    join products p on p.id = r.product_id and p.active
    where r.product_id not in (select product_id from mine)
    group by r.product_id
    order by count(distinct r.account_id) desc, sum(s.shared) desc
    limit ${limit}`,
  );
  if (rows.length === 0) return [];
  const priced = await priceProducts(actor, { ids: rows.map((r) => r.product_id) });
  const byId = new Map(priced.map((p) => [p.id, p]));
  return rows.map((r) => byId.get(r.product_id)).filter((p): p is CatalogProduct => Boolean(p));
}
