import { sql } from "drizzle-orm";
import { getDb, queryRows, timestamptz } from "~db/client";
import type { StaffActor } from "~/auth/actor";

export type AccountAlert = {
  accountId: string;
  accountName: string;
  kind: "big_order" | "sla_breach" | "overdue_order" | "overdue_task";
  detail: string;
  /** The order number, ticket number or task id it is about. */
  ref: string | null;
  at: Date;
};

/** A big order: at least twice the account's average order of the last 12 months, and $1,000. */
export const BIG_ORDER_FACTOR = 2;
/** "No order for longer than usual": more than twice the account's average gap between orders (at least 3 orders). */
export const OVERDUE_FACTOR = 2;

/**
 * What an account manager should look at today across the accounts they own:
 * big orders in the last 7 days, tickets past an SLA target, accounts that have
 * not ordered for much longer than they usually do, and overdue tasks. One
 * set-based query over the owned accounts.
 */
export async function accountAlerts(actor: StaffActor, now = new Date()): Promise<AccountAlert[]> {
  const at = timestamptz(now);
  const rows = await queryRows<{ account_id: string; account_name: string; kind: AccountAlert["kind"]; detail: string; ref: string | null; at: string }>(
    getDb(),
    sql`with mine as (select id, name from accounts where owner_id = ${actor.userId}),
    history as (
      select o.account_id, avg(o.total_cents) filter (where o.placed_at >= ${at}::timestamptz - interval '365 days') as avg_order,
             count(*) as n, min(o.placed_at) as first_at, max(o.placed_at) as last_at
      from orders o join mine on mine.id = o.account_id
      where o.status not in ('cancelled', 'rejected') and o.placed_at >= ${at}::timestamptz - interval '730 days'
      group by o.account_id
    )
    select mine.id as account_id, mine.name as account_name, 'big_order' as kind,
           'Order ' || o.number || ' for ' || to_char(o.total_cents / 100.0, 'FM$999,999,990') || ', ' || round(o.total_cents / nullif(h.avg_order, 0), 1) || '× their average' as detail,
           o.number as ref, o.placed_at as at
    from orders o join mine on mine.id = o.account_id join history h on h.account_id = o.account_id
    where o.placed_at >= ${at}::timestamptz - interval '7 days' and o.status not in ('cancelled', 'rejected')
      and o.total_cents >= 100000 and o.total_cents >= ${BIG_ORDER_FACTOR} * h.avg_order
    union all
    select mine.id, mine.name, 'sla_breach',
           'Ticket #' || t.number || ' is past its ' || case when t.first_responded_at is null then 'first-response' else 'resolution' end || ' target: ' || t.subject,
           t.number::text, case when t.first_responded_at is null then t.first_response_due_at else t.resolution_due_at end
    from tickets t join mine on mine.id = t.account_id
    where t.status in ('new', 'open', 'on_hold')
      and case when t.first_responded_at is null then t.first_response_due_at else t.resolution_due_at end < ${at}::timestamptz
    union all
    select mine.id, mine.name, 'overdue_order',
           'No order for ' || extract(day from ${at}::timestamptz - h.last_at)::int || ' days; usually orders every ' || greatest(1, round(extract(epoch from h.last_at - h.first_at) / 86400 / (h.n - 1)))::int || ' days',
           null, h.last_at
    from history h join mine on mine.id = h.account_id
    where h.n >= 3 and ${at}::timestamptz - h.last_at > ${OVERDUE_FACTOR} * ((h.last_at - h.first_at) / (h.n - 1)) and ${at}::timestamptz - h.last_at > interval '14 days'
    union all
    select mine.id, mine.name, 'overdue_task', 'Task overdue: ' || k.title, k.id::text, k.due_at
    from tasks k join mine on mine.id = k.account_id
    where k.status = 'open' and k.due_at < ${at}::timestamptz
    order by 6 desc
    limit 50`,
  );
  return rows.map((r) => ({ accountId: r.account_id, accountName: r.account_name, kind: r.kind, detail: r.detail, ref: r.ref, at: new Date(r.at) }));
}
