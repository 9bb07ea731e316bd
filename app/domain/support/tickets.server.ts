import { and, count, desc, eq, inArray, isNull, or, sql, type SQL } from "drizzle-orm";
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
const nextDueAt = sql`case when ${tickets.firstRespondedAt} is null then ${tickets.firstResponseDueAt} else ${tickets.resolutionDueAt} end`;

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

export type QueueSummary = { unassigned: number; mine: number; dueSoon: number; breached: number; open: number };

/** Counts for the support queue's views, as of `now`. */
export async function queueSummary(actor: StaffActor, now = new Date()): Promise<QueueSummary> {
  const soon = new Date(now.getTime() + 2 * 3_600_000);
  const open = inArray(tickets.status, [...OPEN_TICKET_STATUSES]);
  const [row] = await getDb()
    .select({
      open: count(),
      unassigned: sql<number>`count(*) filter (where ${isNull(tickets.assigneeId)})`.mapWith(Number),
      mine: sql<number>`count(*) filter (where ${eq(tickets.assigneeId, actor.userId)})`.mapWith(Number),
      breached: sql<number>`count(*) filter (where ${tickets.status} <> 'pending_customer' and ${nextDueAt} < ${timestamptz(now)})`.mapWith(Number),
      dueSoon: sql<number>`count(*) filter (where ${tickets.status} <> 'pending_customer' and ${nextDueAt} >= ${timestamptz(now)} and ${nextDueAt} < ${timestamptz(soon)})`.mapWith(Number),
    })
    .from(tickets)
    .where(open);
  return row;
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
