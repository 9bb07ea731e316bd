// Ordering on the scale seed (10,000 accounts, ~1,000,000 orders) on PostgreSQL: the data
// each page's loader fetches (catalog, order list, order page) and order placement, p50/p95,
// beside hand-written raw SQL that fetches the same data, in the same run.
import { and, eq, sql } from "drizzle-orm";
import type postgres from "postgres";
import { type DatabaseHandle, queryRows } from "~db/client";
import { accountAddresses, accounts, contacts, orders, products } from "~db/schema";
import type { CustomerActor } from "~/auth/actor";
import { listCatalog } from "~/domain/catalog/catalog.server";
import { catalogQuerySchema } from "~/domain/catalog/catalog.schema";
import { addToCart } from "~/domain/orders/cart.server";
import { checkoutSchema } from "~/domain/orders/checkout.schema";
import { getOrder, listOrders } from "~/domain/orders/orders.server";
import { orderFiltersSchema } from "~/domain/orders/orders.schema";
import { placeOrder } from "~/domain/orders/place-order.server";
import { printTable, summarise, time } from "./stats";

export async function benchOrdering(handle: DatabaseHandle, rounds = 40) {
  const db = handle.db;
  const raw = handle.postgres as postgres.Sql;
  const [{ n: orderCount }] = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from orders`);
  const [c] = await db.select().from(contacts).where(eq(contacts.email, "buyer@acme.example"));
  const [a] = await db.select().from(accounts).where(eq(accounts.id, c.accountId));
  const actor: CustomerActor = { kind: "customer", userId: c.userId!, contactId: c.id, accountId: c.accountId, accountName: a.name, role: "admin", spendingLimitCents: null, name: "Dana Whitfield", email: c.email, timezone: "UTC" };
  const [{ n: acmeOrders }] = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from orders where account_id = ${actor.accountId}`);
  console.log(`\nScale data: ${orderCount.toLocaleString("en-US")} orders; Acme (the customer measured) has ${acmeOrders.toLocaleString("en-US")}.`);
  const numbers = (await db.select({ number: orders.number }).from(orders).where(eq(orders.accountId, actor.accountId)).limit(500)).map((r) => r.number);
  const [shipTo] = await db.select().from(accountAddresses).where(and(eq(accountAddresses.accountId, actor.accountId), eq(accountAddresses.kind, "shipping")));
  const items = await db.select({ id: products.id }).from(products).where(eq(products.active, true)).limit(3);
  await db.update(accounts).set({ creditLimitCents: 1e12, poRequired: false }).where(eq(accounts.id, actor.accountId));

  const s: Record<string, number[]> = {};
  const add = (k: string, ms: number) => (s[k] ??= []).push(ms);
  for (let i = 0; i < rounds; i++) {
    const q = catalogQuerySchema.parse(i % 2 ? { category: "bearings", sort: "price_asc" } : { q: "nitrile" });
    add("catalog page", (await time(() => listCatalog(actor, q)))[0]);
    add("  raw SQL", (await time(() => raw`
      select p.id, p.sku, p.name, coalesce(ap.unit_price_cents, pli.unit_price_cents, p.list_price_cents) as price
      from products p join product_categories c on c.id = p.category_id
      left join account_prices ap on ap.product_id = p.id and ap.account_id = ${actor.accountId}
      left join price_list_items pli on pli.product_id = p.id and pli.price_list_id = ${a.priceListId}
      where p.active and ${i % 2 ? raw`c.slug = 'bearings'` : raw`p.name ilike '%nitrile%'`}
      order by ${i % 2 ? raw`price` : raw`p.name`} limit 24`))[0]);

    const page = (i % 10) + 1;
    add("order list page", (await time(() => listOrders(actor, orderFiltersSchema.parse({ page }))))[0]);
    add("  raw SQL ", (await time(() => Promise.all([
      raw`select o.id, o.number, o.status, o.po_number, o.placed_at, o.total_cents, c.first_name from orders o left join contacts c on c.id = o.placed_by_contact_id
          where o.account_id = ${actor.accountId} order by o.placed_at desc limit 20 offset ${(page - 1) * 20}`,
      raw`select count(*) from orders where account_id = ${actor.accountId}`,
    ])))[0]);

    const number = numbers[(i * 37) % numbers.length];
    add("order page", (await time(() => getOrder(actor, number)))[0]);
    add("  raw SQL  ", (await time(async () => {
      const [o] = await raw`select * from orders where account_id = ${actor.accountId} and number = ${number}`;
      await Promise.all([
        raw`select * from order_lines where order_id = ${o.id} order by line_number`,
        raw`select * from order_events where order_id = ${o.id} order by occurred_at`,
        raw`select * from shipments where order_id = ${o.id}`,
      ]);
    }))[0]);

    await addToCart(actor, items.map((p) => ({ productId: p.id, quantity: 2 })));
    add("place order", (await time(() => placeOrder(actor, checkoutSchema.parse({ idempotencyKey: crypto.randomUUID(), shippingAddressId: shipTo.id }))))[0]);
    add("  raw SQL   ", (await time(() => raw.begin(async (tx) => {
      const [o] = await tx`insert into orders (number, account_id, status, shipping_address, subtotal_cents, total_cents)
        values ('BENCH-' || gen_random_uuid(), ${actor.accountId}, 'submitted', ${JSON.stringify({ line1: "x", city: "y", postalCode: "1", country: "US" })}::jsonb, 100, 100) returning id`;
      await tx`insert into order_lines (account_id, order_id, line_number, sku, name, unit, quantity, list_price_cents, unit_price_cents, line_total_cents)
        select ${actor.accountId}, ${o.id}, g, 'SKU', 'Name', 'each', 2, 100, 100, 200 from generate_series(1, 3) g`;
    })))[0]);
  }
  await raw`delete from orders where number like 'BENCH-%'`;
  printTable(`Ordering on the scale seed, ${rounds} rounds (postgres; loader data, not HTML rendering)`, Object.fromEntries(Object.entries(s).map(([k, v]) => [k, summarise(v)])));
}
