// The customer record on the scale seed (PostgreSQL): the account with the most orders,
// topped up to 5,000 orders and 20,000 timeline rows, opened as the desk page's loader
// does (header and key figures, tab counts, first timeline page) and paged deep into its
// timeline (keyset), p50/p95 beside hand-written raw SQL reading the same data.
import { sql } from "drizzle-orm";
import type postgres from "postgres";
import { type DatabaseHandle, queryRows } from "~db/client";
import type { StaffActor } from "~/auth/actor";
import { getAccountRecord, recordTabCounts, timelinePage } from "~/domain/crm/record.server";
import { printTable, summarise, time } from "./stats";

const ORDERS = 5_000;
const TIMELINE = 20_000;

export async function benchRecord(handle: DatabaseHandle, rounds = 40) {
  const db = handle.db;
  const raw = handle.postgres as postgres.Sql;
  const [{ account_id: accountId }] = await queryRows<{ account_id: string }>(db, sql`select account_id from orders group by account_id order by count(*) desc limit 1`);
  // Top up (idempotently) to the sizes the issue names: copies of the account's own rows.
  await raw`insert into orders (account_id, number, status, placed_by_contact_id, po_number, currency, subtotal_cents, shipping_cents, tax_cents, total_cents, placed_at, created_at, updated_at, shipping_address)
            select account_id, 'SO-B' || substr(md5(random()::text), 1, 10), status, placed_by_contact_id, po_number, currency, subtotal_cents, shipping_cents, tax_cents, total_cents, placed_at - interval '3 years', created_at, updated_at, shipping_address
            from orders where account_id = ${accountId}
            limit greatest(0, ${ORDERS} - (select count(*) from orders where account_id = ${accountId}))`;
  await raw`insert into activities (account_id, contact_id, actor_user_id, type, direction, subject, body, entity_type, entity_id, occurred_at, source)
            select account_id, contact_id, actor_user_id, type, direction, subject, body, entity_type, entity_id, occurred_at - interval '3 years', 'bench'
            from activities where account_id = ${accountId}
            limit greatest(0, ${TIMELINE} - (select count(*) from activities where account_id = ${accountId}))`;
  await raw`analyze orders`;
  await raw`analyze activities`;
  const [{ orders: orderCount, activities: activityCount, name }] = await raw`select (select count(*)::int from orders where account_id = ${accountId}) as orders, (select count(*)::int from activities where account_id = ${accountId}) as activities, (select name from accounts where id = ${accountId}) as name`;
  console.log(`\nCustomer record: ${name} with ${orderCount.toLocaleString("en-US")} orders and ${activityCount.toLocaleString("en-US")} timeline activities.`);
  const [agent] = await raw`select id, name, email from users where email = 'agent@accord.example'`;
  const actor: StaffActor = { kind: "staff", userId: agent.id, role: "agent", name: agent.name, email: agent.email, timezone: "UTC" };

  // A cursor 10,000 rows deep, to show the deep page costs what the first does.
  let cursor: string | null = null;
  for (let page = 0; page < 10_000 / 100; page++) cursor = (await timelinePage(actor, accountId, { cursor, limit: 100 })).nextCursor;
  const deep = cursor;

  const s: Record<string, number[]> = {};
  const add = (k: string, ms: number) => (s[k] ??= []).push(ms);
  for (let i = 0; i < rounds; i++) {
    add("record page (header, figures, counts, timeline)", (await time(() => Promise.all([getAccountRecord(actor, accountId), recordTabCounts(accountId), timelinePage(actor, accountId)])))[0]);
    add("  raw SQL", (await time(() => Promise.all([
      raw`select a.*, u.name from accounts a left join users u on u.id = a.owner_id where a.id = ${accountId}`,
      raw`select c.*, u.last_sign_in_at from contacts c left join users u on u.id = c.user_id where c.account_id = ${accountId}`,
      raw`select date_trunc('month', placed_at), sum(total_cents), count(*) from orders where account_id = ${accountId} and placed_at >= now() - interval '1 year' and status not in ('cancelled','rejected') group by 1`,
      raw`select count(*), sum(total_cents), max(placed_at), min(placed_at) from orders where account_id = ${accountId}`,
      raw`select count(*) filter (where status in ('new','open','pending_customer','on_hold')), avg(satisfaction_rating) from tickets where account_id = ${accountId}`,
      raw`select sum(total_cents) from orders where account_id = ${accountId} and status in ('pending_approval','submitted','on_hold','confirmed','picking','shipped')`,
      raw`select (select count(*) from orders where account_id = ${accountId}), (select count(*) from quotes where account_id = ${accountId}), (select count(*) from tickets where account_id = ${accountId}), (select count(*) from opportunities where account_id = ${accountId}), (select count(*) from tasks where account_id = ${accountId} and status = 'open'), (select count(*) from activities where account_id = ${accountId} and type = 'note')`,
      raw`select * from activities where account_id = ${accountId} order by occurred_at desc, id desc limit 31`,
    ])))[0]);
    add("timeline page 10,000 rows deep", (await time(() => timelinePage(actor, accountId, { cursor: deep })))[0]);
    add("  raw SQL ", (await time(() => raw`select * from activities where account_id = ${accountId} and occurred_at < now() - interval '1 year' order by occurred_at desc, id desc limit 31`))[0]);
  }
  printTable(`Customer record (${rounds} rounds, data only; PostgreSQL)`, Object.fromEntries(Object.entries(s).map(([k, v]) => [k, summarise(v)])));
}
