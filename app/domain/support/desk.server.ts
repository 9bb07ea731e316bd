import { and, asc, count, desc, eq, inArray, sql } from "drizzle-orm";
import { type Executor, getDb } from "~db/client";
import { accounts, contacts, orders, ticketMessages, tickets, users } from "~db/schema";
import type { StaffActor } from "~/auth/actor";
import { hashToken, newToken } from "~/auth/tokens.server";
import { appUrl } from "~/env.server";
import { recordActivity } from "~/domain/activity/activity.server";
import { OPEN_ORDER_STATUSES } from "~/domain/orders/orders.server";
import { DomainError, forbiddenError, notFound } from "~/domain/errors";
import { queueEmail } from "~emails/mailer.server";
import { queueSearchSync } from "~search/sync.server";
import { businessMinutesBetween, dueAt } from "./sla";
import { slaFor } from "./tickets-commands.server";
import { nextDueAt, queueCounts, queueViewWhere } from "./tickets.server";

type Ticket = typeof tickets.$inferSelect;
type Status = Ticket["status"];

import type { QueueView } from "./support.schema";

/** The support queue: one view, ordered by the SLA clock that runs out first, with a count per view. */
export async function listQueue(actor: StaffActor, view: QueueView, now = new Date()) {
  if (actor.kind !== "staff") throw forbiddenError();
  const db = getDb();
  const counts = await queueCounts(actor, now);
  const rows = await db
    .select({
      id: tickets.id,
      number: tickets.number,
      subject: tickets.subject,
      status: tickets.status,
      priority: tickets.priority,
      firstRespondedAt: tickets.firstRespondedAt,
      firstResponseDueAt: tickets.firstResponseDueAt,
      resolutionDueAt: tickets.resolutionDueAt,
      accountName: accounts.name,
      tier: accounts.tier,
      assigneeName: users.name,
      createdAt: tickets.createdAt,
    })
    .from(tickets)
    .innerJoin(accounts, eq(accounts.id, tickets.accountId))
    .leftJoin(users, eq(users.id, tickets.assigneeId))
    .where(queueViewWhere(view, actor, now))
    .orderBy(sql`${nextDueAt} asc nulls last`, desc(tickets.createdAt))
    .limit(100);
  return { counts, tickets: rows };
}

/** A ticket as agents see it: the whole thread, internal notes included, and the customer at a glance. */
export async function getTicketForStaff(actor: StaffActor, number: number) {
  if (actor.kind !== "staff") throw forbiddenError();
  const db = getDb();
  const [row] = await db
    .select({ ticket: tickets, accountName: accounts.name, tier: accounts.tier, ownerId: accounts.ownerId, requesterName: sql<string | null>`${contacts.firstName} || ' ' || ${contacts.lastName}`, requesterEmail: contacts.email, orderNumber: orders.number })
    .from(tickets)
    .innerJoin(accounts, eq(accounts.id, tickets.accountId))
    .leftJoin(contacts, eq(contacts.id, tickets.requesterContactId))
    .leftJoin(orders, eq(orders.id, tickets.orderId))
    .where(eq(tickets.number, number))
    .limit(1);
  if (!row) throw notFound("That ticket");
  const [messages, [owner], recent, [{ openOrders }]] = await Promise.all([
    db
      .select({ id: ticketMessages.id, body: ticketMessages.body, visibility: ticketMessages.visibility, createdAt: ticketMessages.createdAt, authorName: users.name, authorKind: users.kind })
      .from(ticketMessages)
      .leftJoin(users, eq(users.id, ticketMessages.authorUserId))
      .where(eq(ticketMessages.ticketId, row.ticket.id))
      .orderBy(asc(ticketMessages.createdAt)),
    row.ownerId ? db.select({ name: users.name }).from(users).where(eq(users.id, row.ownerId)) : Promise.resolve([{ name: null as string | null }]),
    db.select({ number: tickets.number, subject: tickets.subject, status: tickets.status }).from(tickets).where(and(eq(tickets.accountId, row.ticket.accountId), sql`${tickets.id} <> ${row.ticket.id}`)).orderBy(desc(tickets.createdAt)).limit(5),
    db.select({ openOrders: count() }).from(orders).where(and(eq(orders.accountId, row.ticket.accountId), inArray(orders.status, [...OPEN_ORDER_STATUSES]))),
  ]);
  return { ...row.ticket, accountName: row.accountName, tier: row.tier, ownerName: owner?.name ?? null, requesterName: row.requesterName, requesterEmail: row.requesterEmail, orderNumber: row.orderNumber, messages, recent, openOrders };
}

/**
 * Moves a ticket's status and keeps its SLA clocks right: waiting for the
 * customer stops the clock; leaving that state adds the paused business
 * minutes and recomputes the resolution due time.
 */
export async function applyStatus(tx: Executor, ticket: Ticket, to: Status, now = new Date()): Promise<Partial<Ticket>> {
  const changes: Partial<Ticket> = { status: to, lastActivityAt: now };
  if (to === "pending_customer" && ticket.status !== "pending_customer") changes.slaPausedSince = now;
  if (ticket.status === "pending_customer" && to !== "pending_customer" && ticket.slaPausedSince) {
    const [{ tier }] = await tx.select({ tier: accounts.tier }).from(accounts).where(eq(accounts.id, ticket.accountId));
    const sla = await slaFor(tx, tier, ticket.priority);
    if (sla) {
      const paused = ticket.slaPausedMinutes + businessMinutesBetween(ticket.slaPausedSince, now, sla.calendar);
      changes.slaPausedMinutes = paused;
      changes.resolutionDueAt = dueAt(ticket.createdAt, sla.policy.resolutionMinutes, paused, sla.calendar);
    }
    changes.slaPausedSince = null;
  }
  if (to === "solved") changes.solvedAt = now;
  if (to === "closed") changes.closedAt = now;
  if (to !== "solved" && to !== "closed") changes.solvedAt = null;
  let ratingToken: string | null = null;
  if (to === "solved" && ticket.status !== "solved") {
    ratingToken = newToken();
    changes.ratingTokenHash = hashToken(ratingToken);
  }
  await tx.update(tickets).set(changes).where(eq(tickets.id, ticket.id));
  if (ratingToken && ticket.requesterContactId) {
    // "Solved", with one-click ratings that work without signing in.
    const [requester] = await tx.select({ email: contacts.email, firstName: contacts.firstName }).from(contacts).where(eq(contacts.id, ticket.requesterContactId));
    if (requester) {
      await queueEmail(tx, {
        template: "ticket-solved",
        to: requester.email,
        accountId: ticket.accountId,
        idempotencyKey: `ticket-solved/${ticket.id}/${now.getTime()}`,
        props: {
          recipientName: requester.firstName,
          ticketNumber: ticket.number,
          subject: ticket.subject,
          ticketUrl: `${appUrl()}/portal/tickets/${ticket.number}`,
          ratingUrls: [1, 2, 3, 4, 5].map((score) => `${appUrl()}/rate/${ratingToken}?score=${score}`),
        },
      });
    }
  }
  return changes;
}

/**
 * An agent answers: a public reply (e-mailed to the requester, stops the
 * first-response clock) or an internal note (never leaves the desk), with an
 * optional status change, in one transaction.
 */
export async function agentReply(actor: StaffActor, number: number, input: { body: string; visibility: "public" | "internal"; status?: Status }): Promise<void> {
  if (actor.kind !== "staff") throw forbiddenError();
  await getDb().transaction(async (tx) => {
    const [ticket] = await tx.select().from(tickets).where(eq(tickets.number, number)).for("update").limit(1);
    if (!ticket) throw notFound("That ticket");
    if (ticket.status === "closed") throw new DomainError("conflict", "This ticket is closed.");
    const now = new Date();
    await tx.insert(ticketMessages).values({ accountId: ticket.accountId, ticketId: ticket.id, authorUserId: actor.userId, visibility: input.visibility, body: input.body });
    const extra: Partial<Ticket> = { assigneeId: ticket.assigneeId ?? actor.userId };
    if (input.visibility === "public" && !ticket.firstRespondedAt) {
      extra.firstRespondedAt = now;
      if (ticket.firstResponseDueAt && now > ticket.firstResponseDueAt) extra.firstResponseBreachedAt = ticket.firstResponseDueAt;
    }
    await tx.update(tickets).set(extra).where(eq(tickets.id, ticket.id));
    const to = input.status ?? (input.visibility === "public" && ticket.status === "new" ? "open" : ticket.status);
    if (to !== ticket.status) await applyStatus(tx, { ...ticket, ...extra } as Ticket, to, now);
    else await tx.update(tickets).set({ lastActivityAt: now }).where(eq(tickets.id, ticket.id));
    if (input.visibility === "public") {
      await recordActivity(tx, { accountId: ticket.accountId, contactId: ticket.requesterContactId, actorUserId: actor.userId, type: "ticket_reply", direction: "outbound", subject: `Reply on ticket #${number}`, body: input.body.slice(0, 500), entityType: "ticket", entityId: ticket.id });
      const [requester] = ticket.requesterContactId ? await tx.select({ email: contacts.email, firstName: contacts.firstName }).from(contacts).where(eq(contacts.id, ticket.requesterContactId)) : [];
      if (requester) {
        const [message] = await tx.select({ id: ticketMessages.id }).from(ticketMessages).where(eq(ticketMessages.ticketId, ticket.id)).orderBy(desc(ticketMessages.createdAt)).limit(1);
        await queueEmail(tx, {
          template: "agent-replied",
          to: requester.email,
          accountId: ticket.accountId,
          idempotencyKey: `agent-replied/${message.id}`,
          props: { recipientName: requester.firstName, ticketNumber: number, subject: ticket.subject, agentName: actor.name, reply: input.body, ticketUrl: `${appUrl()}/portal/tickets/${number}` },
        });
      }
    }
    await queueSearchSync(tx, "ticket", [ticket.id]);
  });
}

/** Takes the ticket: assigns it to the agent. */
export async function assignToMe(actor: StaffActor, number: number): Promise<void> {
  if (actor.kind !== "staff") throw forbiddenError();
  const updated = await getDb().update(tickets).set({ assigneeId: actor.userId }).where(eq(tickets.number, number)).returning({ id: tickets.id });
  if (!updated.length) throw notFound("That ticket");
}
