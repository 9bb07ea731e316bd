// The headless API on the scale seed (PostgreSQL): GET /api/v1/orders?limit=100 and
// GET /api/v1/accounts/:id through the API's handler (token check, rate counter, scope,
// validation, query, JSON), and POST /api/v1/orders throughput, each beside raw SQL
// that produces the same data in the same run.
import { sql } from "drizzle-orm";
import type postgres from "postgres";
import { type DatabaseHandle, queryRows } from "~db/client";
import { handleApi } from "~/api/api.server";
import { createApiToken } from "~/api/tokens.server";
import { printTable, summarise, time } from "./stats";

export async function benchApi(handle: DatabaseHandle, rounds = 40) {
  const raw = handle.postgres as postgres.Sql;
  const [{ account_id: accountId }] = await queryRows<{ account_id: string }>(handle.db, sql`select account_id from orders group by account_id order by count(*) desc limit 1`);
  await raw`update accounts set credit_limit_cents = 0, po_required = false where id = ${accountId}`;
  const { token } = await createApiToken({ name: "bench", scopes: ["admin"], accountId: null, createdBy: null });
  await raw`delete from rate_limits where key like 'api:%'`;
  const get = (path: string) => handleApi(new Request(`http://bench/api/v1${path}`, { headers: { Authorization: `Bearer ${token}` } }), path.slice(1).split("?")[0]);
  const skus = (await raw`select sku from products where active order by sku limit 3`).map((r) => r.sku as string);

  const s: Record<string, number[]> = {};
  const add = (k: string, ms: number) => (s[k] ??= []).push(ms);
  let cursor: string | null = null;
  for (let i = 0; i < rounds; i++) {
    const path: string = `/orders?limit=100${cursor ? `&cursor=${cursor}` : ""}`;
    const [ms, response] = await time(async () => {
      const r = await get(path);
      return { status: r.status, body: (await r.json()) as { nextCursor: string | null } };
    });
    if (response.status !== 200) throw new Error(`GET /orders answered ${response.status}`);
    cursor = response.body.nextCursor;
    add("GET /api/v1/orders?limit=100 (with lines)", ms);
    add("  raw SQL", (await time(async () => {
      const rows = await raw`select * from orders order by updated_at, id limit 101`;
      await raw`select * from order_lines where order_id in ${raw(rows.slice(0, 100).map((r) => r.id))} order by order_id, line_number`;
    }))[0]);
    add("GET /api/v1/accounts/:id", (await time(async () => (await get(`/accounts/${accountId}`)).json()))[0]);
    add("  raw SQL ", (await time(() => raw`select * from accounts where id = ${accountId}`))[0]);
  }
  printTable(`API reads on the scale seed (${rounds} rounds, in-process handler; PostgreSQL)`, Object.fromEntries(Object.entries(s).map(([k, v]) => [k, summarise(v)])));

  // Throughput: sequential order placements through the API, and bare inserts.
  const n = 100;
  const body = JSON.stringify({ accountId, lines: skus.map((sku) => ({ sku, quantity: 2 })) });
  const [apiMs] = await time(async () => {
    for (let i = 0; i < n; i++) {
      const r = await handleApi(new Request("http://bench/api/v1/orders", { method: "POST", headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json", "Idempotency-Key": `bench-${Date.now()}-${i}` }, body }), "orders");
      if (r.status !== 201) throw new Error(`POST /orders answered ${r.status}: ${await r.text()}`);
    }
  });
  const [address] = await raw`select * from account_addresses where account_id = ${accountId} and kind = 'shipping' limit 1`;
  const [rawMs] = await time(async () => {
    for (let i = 0; i < n; i++) {
      await raw.begin(async (tx) => {
        const [o] = await tx`insert into orders (account_id, number, status, source, shipping_address, currency, subtotal_cents, total_cents) values (${accountId}, ${`SO-RAW-${Date.now()}-${i}`}, 'submitted', 'api', ${JSON.stringify({ line1: address.line1 })}::jsonb, 'USD', 1000, 1000) returning id`;
        await tx`insert into order_lines (account_id, order_id, line_number, sku, name, unit, quantity, list_price_cents, unit_price_cents, line_total_cents) values ${tx(skus.map((sku, j) => [accountId, o.id, j + 1, sku, sku, "each", 2, 100, 100, 200]))}`;
      });
    }
  });
  console.log(`\nPOST /api/v1/orders: ${n} orders in ${(apiMs / 1000).toFixed(2)} s = ${((n * 1000) / apiMs).toFixed(1)} orders/s sequential (prices, credit, order, lines, event, timeline, e-mail, search and webhook jobs)`);
  console.log(`  raw SQL: ${n} bare order + ${skus.length} lines inserts in ${(rawMs / 1000).toFixed(2)} s = ${((n * 1000) / rawMs).toFixed(1)} orders/s`);
}
