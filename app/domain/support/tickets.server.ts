import { and, count, desc, eq, inArray, isNull, or, sql, type SQL } from "drizzle-orm";
import { QUEUE_VIEWS, type QueueView } from "./support.schema";
import { getDb, timestamptz } from "~db/client";
import { accounts, tickets } from "~db/schema";
import type { CustomerActor, StaffActor } from "~/auth/actor";

export const OPEN_TICKET_STATUSES = ["new", "open", "pending_customer", "on_hold"] as const;

/**
 * Which of its account's tickets a customer user sees: admins all of them,
 * buyers and requesters their own and those shared with the account.
 */
export function customerTicketScope(actor: CustomerActor): SQL {
  const account = eq(tickets.accountId, actor.accountId);
  if (actor.role === "admin") return account;
  return and(account, or(eq(tickets.requesterContactId, actor.contactId), eq(tickets.sharedWithAccount, true)))!;
}

export type TicketSummary = {
  id: string;
  number: number;
  subject: string;
  status: (typeof tickets.$inferSelect)["status"];
  priority: (typeof tickets.$inferSelect)["priority"];
  firstResponseDueAt: Date | null;
  firstRespondedAt: Date | null;
  lastActivityAt: Date;
};

/** The SLA clock that matters: first response until answered, then resolution. */
export const nextDueAt = sql`case when ${tickets.firstRespondedAt} is null then ${tickets.firstResponseDueAt} else ${tickets.resolutionDueAt} end`;

const summaryColumns = {
  id: tickets.id,
  number: tickets.number,
  subject: tickets.subject,
  status: tickets.status,
  priority: tickets.priority,
  firstResponseDueAt: tickets.firstResponseDueAt,
  firstRespondedAt: tickets.firstRespondedAt,
  lastActivityAt: tickets.lastActivityAt,
};

export async function listOpenTicketsForCustomer(actor: CustomerActor, limit = 5): Promise<{ tickets: TicketSummary[]; total: number }> {
  const db = getDb();
  const where = and(customerTicketScope(actor), inArray(tickets.status, [...OPEN_TICKET_STATUSES]));
  const [rows, [{ total }]] = await Promise.all([
    db
      .select(summaryColumns)
      .from(tickets)
      .where(where)
      .orderBy(desc(tickets.lastActivityAt))
      .limit(limit),
    db.select({ total: count() }).from(tickets).where(where),
  ]);
  return { tickets: rows, total };
}

/** Which open tickets each view of the support queue holds, as of `now`. */
export function queueViewWhere(view: QueueView, actor: StaffActor, now: Date): SQL {
  const open = inArray(tickets.status, [...OPEN_TICKET_STATUSES]);
  // While the customer is asked something, the clock is paused: never due or breached.
  const running = sql`${tickets.status} <> 'pending_customer'`;
  switch (view) {
    case "unassigned":
      return and(open, isNull(tickets.assigneeId))!;
    case "mine":
      return and(open, eq(tickets.assigneeId, actor.userId))!;
    case "due_soon":
      return and(open, running, sql`${nextDueAt} >= ${timestamptz(now)} and ${nextDueAt} < ${timestamptz(new Date(now.getTime() + 2 * 3_600_000))}`)!;
    case "breached":
      return and(open, running, sql`${nextDueAt} < ${timestamptz(now)}`)!;
    default:
      return open;
  }
}

/** How many tickets each queue view holds, in one query. */
export async function queueCounts(actor: StaffActor, now = new Date()): Promise<Record<QueueView, number>> {
  const [row] = await getDb()
    .select(Object.fromEntries(QUEUE_VIEWS.map((v) => [v, sql<number>`count(*) filter (where ${queueViewWhere(v, actor, now)})`.mapWith(Number)])) as Record<QueueView, SQL<number>>)
    .from(tickets)
    .where(inArray(tickets.status, [...OPEN_TICKET_STATUSES]));
  return row as Record<QueueView, number>;
}

export type QueueSummary = { unassigned: number; mine: number; dueSoon: number; breached: number; open: number };

/** The queue's counts as the desk home shows them. */
export async function queueSummary(actor: StaffActor, now = new Date()): Promise<QueueSummary> {
  const c = await queueCounts(actor, now);
  return { unassigned: c.unassigned, mine: c.mine, dueSoon: c.due_soon, breached: c.breached, open: c.all };
}

export type DeskTicketRow = TicketSummary & { accountId: string; accountName: string; tier: string; resolutionDueAt: Date | null };

/** Open tickets whose SLA clock runs out first: what an agent should pick up next. */
// Every staff role works the whole queue, so the actor narrows nothing here.
export async function listTicketsDueNext(_actor: StaffActor, limit = 8): Promise<DeskTicketRow[]> {
  return getDb()
    .select({
      ...summaryColumns,
      resolutionDueAt: tickets.resolutionDueAt,
      accountId: accounts.id,
      accountName: accounts.name,
      tier: accounts.tier,
    })
    .from(tickets)
    .innerJoin(accounts, eq(accounts.id, tickets.accountId))
    .where(inArray(tickets.status, ["new", "open", "on_hold"]))
    .orderBy(sql`${nextDueAt} asc nulls last`)
    .limit(limit);
}

/** All tickets the customer may see, newest activity first. */
export async function listCustomerTickets(actor: CustomerActor, page = 1) {
  const db = getDb();
  const where = customerTicketScope(actor);
  const [rows, [{ total }]] = await Promise.all([
    db.select({ ...summaryColumns, category: tickets.category, createdAt: tickets.createdAt }).from(tickets).where(where).orderBy(desc(tickets.lastActivityAt)).limit(25).offset((page - 1) * 25),
    db.select({ total: count() }).from(tickets).where(where),
  ]);
  return { tickets: rows, total, page, pages: Math.max(1, Math.ceil(total / 25)) };
}
