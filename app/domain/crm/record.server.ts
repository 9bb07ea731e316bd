import { and, asc, desc, eq, sql } from "drizzle-orm";
import { z } from "zod";
import { getDb, queryRows, timestamptz } from "~db/client";
import { accounts, activities, contacts, opportunities, orders, quotes, tasks, tickets, users } from "~db/schema";
import type { StaffActor } from "~/auth/actor";
import { forbiddenError, notFound } from "~/domain/errors";
import { creditExposureCents } from "~/domain/orders/place-order.server";
import { TIMELINE_FILTERS, type TimelineFilter } from "./crm.schema";

function staffOnly(actor: StaffActor) {
  if (actor.kind !== "staff") throw forbiddenError();
}

export function accountIdParam(raw: string | undefined): string {
  const id = z.string().uuid().safeParse(raw);
  if (!id.success) throw new Response("Not found", { status: 404 });
  return id.data;
}

/**
 * The customer record's header and key figures: who they are, who owns them,
 * credit limit against exposure, contacts with portal access, revenue by month
 * over 12 months, average order value, order frequency, open tickets, CSAT.
 */
export async function getAccountRecord(actor: StaffActor, accountId: string, now = new Date()) {
  staffOnly(actor);
  const db = getDb();
  const [row] = await db.select({ account: accounts, ownerName: users.name }).from(accounts).leftJoin(users, eq(users.id, accounts.ownerId)).where(eq(accounts.id, accountId)).limit(1);
  if (!row) throw notFound("That account");
  const yearAgo = new Date(now.getTime() - 365 * 86_400_000);
  const firstMonth = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 11, 1));
  const [people, months, [figures], [ticketFigures], exposure] = await Promise.all([
    db
      .select({ id: contacts.id, firstName: contacts.firstName, lastName: contacts.lastName, email: contacts.email, phone: contacts.phone, jobTitle: contacts.jobTitle, portalRole: contacts.portalRole, hasLogin: sql<boolean>`${contacts.userId} is not null`, isPrimary: contacts.isPrimary, lastSignInAt: users.lastSignInAt, disabled: sql<boolean>`${users.disabledAt} is not null` })
      .from(contacts)
      .leftJoin(users, eq(users.id, contacts.userId))
      .where(eq(contacts.accountId, accountId))
      .orderBy(desc(contacts.isPrimary), asc(contacts.lastName)),
    // Grouped over the account's orders of the last 12 months (the months without orders are filled in below).
    queryRows<{ month: string; revenue: number; orders: number }>(
      db,
      sql`select to_char(date_trunc('month', placed_at at time zone 'UTC'), 'YYYY-MM') as month, sum(total_cents)::bigint as revenue, count(*)::int as orders
          from orders
          where account_id = ${accountId} and placed_at >= ${timestamptz(firstMonth)} and status not in ('cancelled', 'rejected')
          group by 1`,
    ),
    queryRows<{ orders: number; revenue: number; last_order_at: string | null; first_order_at: string | null }>(
      db,
      sql`select count(*) filter (where placed_at >= ${timestamptz(yearAgo)} and status not in ('cancelled','rejected'))::int as orders,
                 coalesce(sum(total_cents) filter (where placed_at >= ${timestamptz(yearAgo)} and status not in ('cancelled','rejected')), 0)::bigint as revenue,
                 max(placed_at) as last_order_at, min(placed_at) as first_order_at
          from orders where account_id = ${accountId}`,
    ),
    queryRows<{ open: number; csat: number | null; ratings: number }>(
      db,
      sql`select count(*) filter (where status in ('new','open','pending_customer','on_hold'))::int as open,
                 avg(satisfaction_rating) filter (where rated_at >= ${timestamptz(yearAgo)})::float as csat,
                 count(satisfaction_rating) filter (where rated_at >= ${timestamptz(yearAgo)})::int as ratings
          from tickets where account_id = ${accountId}`,
    ),
    creditExposureCents(db, accountId, row.account.paymentTerms),
  ]);
  const orders12m = Number(figures.orders);
  const revenue12m = Number(figures.revenue);
  return {
    account: row.account,
    ownerName: row.ownerName,
    contacts: people,
    exposureCents: exposure,
    figures: {
      revenue12mCents: revenue12m,
      orders12m,
      averageOrderCents: orders12m ? Math.round(revenue12m / orders12m) : null,
      ordersPerMonth: orders12m / 12,
      lastOrderAt: figures.last_order_at ? new Date(figures.last_order_at) : null,
      firstOrderAt: figures.first_order_at ? new Date(figures.first_order_at) : null,
      openTickets: Number(ticketFigures.open),
      csat: ticketFigures.csat === null ? null : Number(ticketFigures.csat),
      ratings: Number(ticketFigures.ratings),
    },
    revenueByMonth: Array.from({ length: 12 }, (_, i) => {
      const month = new Date(Date.UTC(firstMonth.getUTCFullYear(), firstMonth.getUTCMonth() + i, 1)).toISOString().slice(0, 7);
      const found = months.find((m) => m.month === month);
      return { month, revenueCents: Number(found?.revenue ?? 0), orders: Number(found?.orders ?? 0) };
    }),
  };
}

export type TimelineItem = {
  id: string;
  kind: string;
  occurredAt: Date;
  subject: string;
  body: string | null;
  direction: string | null;
  entityType: string | null;
  entityId: string | null;
  /** The order, quote or ticket number the touchpoint is about, for links. */
  entityRef: string | null;
  durationMinutes: number | null;
  actorName: string | null;
  contactName: string | null;
  source: string;
};

const cursorSchema = z.object({ at: z.string().datetime({ offset: true }), id: z.string().uuid() });

export function encodeCursor(item: { occurredAt: Date; id: string }): string {
  return Buffer.from(JSON.stringify({ at: item.occurredAt.toISOString(), id: item.id })).toString("base64url");
}

function decodeCursor(raw: string | null | undefined): { at: string; id: string } | null {
  if (!raw) return null;
  try {
    const parsed = cursorSchema.safeParse(JSON.parse(Buffer.from(raw, "base64url").toString("utf8")));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/**
 * One page of the customer's timeline, newest first: every activity (orders
 * and their status changes, quotes, tickets and replies, calls, meetings,
 * notes, sign-ins, pipeline) merged with every e-mail we sent them. Keyset
 * pagination on (time, id): each source reads only the next page from its
 * index, so the 20,000th row costs what the first does.
 */
export async function timelinePage(actor: StaffActor, accountId: string, options: { filter?: TimelineFilter; cursor?: string | null; limit?: number } = {}) {
  staffOnly(actor);
  const limit = Math.min(Math.max(options.limit ?? 30, 1), 100);
  const filter = TIMELINE_FILTERS[options.filter ?? "all"] ?? TIMELINE_FILTERS.all;
  const after = decodeCursor(options.cursor);
  const keyset = (time: ReturnType<typeof sql>, id: ReturnType<typeof sql>) => (after ? sql`and (${time}, ${id}) < (${after.at}::timestamptz, ${after.id}::uuid)` : sql``);
  const includeMail = filter.types === null || (filter.types as readonly string[]).includes("email");
  const typeFilter = filter.types ? sql`and a.type in (${sql.join(filter.types.map((t) => sql`${t}`), sql`, `)})` : sql``;
  const parts = [];
  {
    // Page first (on the (account, time, id) index), then join names and numbers onto those rows only.
    parts.push(sql`(select a.id, a.type::text as kind, a.occurred_at, a.subject, a.body, a.direction::text as direction, a.entity_type, a.entity_id, a.duration_minutes,
                           u.name as actor_name, nullif(trim(coalesce(c.first_name, '') || ' ' || coalesce(c.last_name, '')), '') as contact_name, a.source,
                           coalesce(o.number, q.number, t.number::text) as entity_ref
                    from (select * from activities a
                          where a.account_id = ${accountId} ${typeFilter} ${keyset(sql`a.occurred_at`, sql`a.id`)}
                          order by a.occurred_at desc, a.id desc limit ${limit + 1}) a
                    left join users u on u.id = a.actor_user_id
                    left join contacts c on c.id = a.contact_id
                    left join orders o on a.entity_type = 'order' and o.id = a.entity_id
                    left join quotes q on a.entity_type = 'quote' and q.id = a.entity_id
                    left join tickets t on a.entity_type = 'ticket' and t.id = a.entity_id)`);
  }
  if (includeMail) {
    parts.push(sql`(select m.id, 'email_sent' as kind, m.created_at as occurred_at, m.subject, null::text as body, 'outbound' as direction, 'mail' as entity_type, m.id as entity_id, null::int as duration_minutes,
                           null::text as actor_name, m.to_address as contact_name, 'accord' as source, null::text as entity_ref
                    from mail_messages m
                    where m.account_id = ${accountId} ${keyset(sql`m.created_at`, sql`m.id`)}
                    order by m.created_at desc, m.id desc limit ${limit + 1})`);
  }
  const rows = await queryRows<Record<string, unknown>>(getDb(), sql`select * from (${sql.join(parts, sql` union all `)}) t order by occurred_at desc, id desc limit ${limit + 1}`);
  const items: TimelineItem[] = rows.slice(0, limit).map((r) => ({
    id: String(r.id),
    kind: String(r.kind),
    occurredAt: new Date(r.occurred_at as string),
    subject: String(r.subject),
    body: (r.body as string | null) ?? null,
    direction: (r.direction as string | null) ?? null,
    entityType: (r.entity_type as string | null) ?? null,
    entityId: (r.entity_id as string | null) ?? null,
    entityRef: (r.entity_ref as string | null) ?? null,
    durationMinutes: r.duration_minutes === null || r.duration_minutes === undefined ? null : Number(r.duration_minutes),
    actorName: (r.actor_name as string | null) ?? null,
    contactName: (r.contact_name as string | null) ?? null,
    source: String(r.source ?? "accord"),
  }));
  return { items, nextCursor: rows.length > limit ? encodeCursor(items[items.length - 1]) : null };
}

/** What each tab of the record lists (the latest first; links lead to the full lists). */
export async function recordTab(actor: StaffActor, accountId: string, tab: string) {
  staffOnly(actor);
  const db = getDb();
  switch (tab) {
    case "orders":
      return {
        tab: "orders" as const,
        rows: await db
          .select({ id: orders.id, number: orders.number, status: orders.status, placedAt: orders.placedAt, totalCents: orders.totalCents, currency: orders.currency, poNumber: orders.poNumber })
          .from(orders)
          .where(eq(orders.accountId, accountId))
          .orderBy(desc(orders.placedAt))
          .limit(50),
      };
    case "quotes":
      return {
        tab: "quotes" as const,
        rows: await db
          .select({ id: quotes.id, number: quotes.number, status: quotes.status, createdAt: quotes.createdAt, totalCents: quotes.totalCents, currency: quotes.currency, validUntil: quotes.validUntil })
          .from(quotes)
          .where(eq(quotes.accountId, accountId))
          .orderBy(desc(quotes.createdAt))
          .limit(50),
      };
    case "tickets":
      return {
        tab: "tickets" as const,
        rows: await db
          .select({ id: tickets.id, number: tickets.number, subject: tickets.subject, status: tickets.status, priority: tickets.priority, createdAt: tickets.createdAt, rating: tickets.satisfactionRating })
          .from(tickets)
          .where(eq(tickets.accountId, accountId))
          .orderBy(desc(tickets.createdAt))
          .limit(50),
      };
    case "opportunities":
      return {
        tab: "opportunities" as const,
        rows: await db
          .select({ id: opportunities.id, name: opportunities.name, stage: opportunities.stage, amountCents: opportunities.amountCents, currency: opportunities.currency, probability: opportunities.probability, expectedCloseDate: opportunities.expectedCloseDate, ownerName: users.name })
          .from(opportunities)
          .leftJoin(users, eq(users.id, opportunities.ownerId))
          .where(eq(opportunities.accountId, accountId))
          .orderBy(asc(opportunities.expectedCloseDate)),
      };
    case "tasks":
      return {
        tab: "tasks" as const,
        rows: await db
          .select({ id: tasks.id, title: tasks.title, status: tasks.status, priority: tasks.priority, dueAt: tasks.dueAt, completedAt: tasks.completedAt, assigneeName: users.name })
          .from(tasks)
          .leftJoin(users, eq(users.id, tasks.assigneeId))
          .where(eq(tasks.accountId, accountId))
          .orderBy(sql`${tasks.status} = 'open' desc`, sql`${tasks.dueAt} asc nulls last`)
          .limit(100),
      };
    case "notes":
      return {
        tab: "notes" as const,
        rows: await db
          .select({ id: activities.id, subject: activities.subject, body: activities.body, occurredAt: activities.occurredAt, authorName: users.name })
          .from(activities)
          .leftJoin(users, eq(users.id, activities.actorUserId))
          .where(and(eq(activities.accountId, accountId), eq(activities.type, "note")))
          .orderBy(desc(activities.occurredAt))
          .limit(100),
      };
    default:
      return null;
  }
}

/** How many items each tab holds, for the tab labels (one round trip). */
export async function recordTabCounts(accountId: string) {
  const [row] = await queryRows<Record<string, number>>(
    getDb(),
    sql`select (select count(*) from orders where account_id = ${accountId})::int as orders,
               (select count(*) from quotes where account_id = ${accountId})::int as quotes,
               (select count(*) from tickets where account_id = ${accountId})::int as tickets,
               (select count(*) from opportunities where account_id = ${accountId})::int as opportunities,
               (select count(*) from tasks where account_id = ${accountId} and status = 'open')::int as tasks,
               (select count(*) from activities where account_id = ${accountId} and type = 'note')::int as notes`,
  );
  return Object.fromEntries(Object.entries(row).map(([k, v]) => [k, Number(v)])) as Record<"orders" | "quotes" | "tickets" | "opportunities" | "tasks" | "notes", number>;
}
