import { and, asc, count, desc, eq, ilike, inArray, isNull, sql, type SQL } from "drizzle-orm";
import { type Executor, getDb } from "~db/client";
import { accounts, contacts, orderLines, orders, ticketMessages, tickets, users } from "~db/schema";
import type { StaffActor } from "~/auth/actor";
import { hashToken, newToken } from "~/auth/tokens.server";
import { appUrl } from "~/env.server";
import { recordActivity } from "~/domain/activity/activity.server";
import { OPEN_ORDER_STATUSES } from "~/domain/orders/orders.server";
import { DomainError, forbiddenError, notFound } from "~/domain/errors";
import { TICKET_STATUS_DESK } from "~/ui/status";
import { queueEmail } from "~emails/mailer.server";
import { queueSearchSync } from "~search/sync.server";
import { businessMinutesBetween, dueAt } from "./sla";
import { slaFor } from "./tickets-commands.server";
import { nextDueAt, queueCounts, queueViewWhere } from "./tickets.server";
import { attachToMessage, attachmentsOf, type StoredFile } from "./attachments.server";

type Ticket = typeof tickets.$inferSelect;
type Status = Ticket["status"];

import type { QueueFilter, QueueView } from "./support.schema";
import { emitEvent } from "~/domain/platform/webhooks.server";
import { latestForAccount } from "~/domain/analytics/analytics.server";

const QUEUE_ORDER = {
  due: [sql`${nextDueAt} asc nulls last`, desc(tickets.createdAt)],
  newest: [desc(tickets.createdAt)],
  oldest: [asc(tickets.createdAt)],
  priority: [sql`array_position(array['urgent','high','normal','low']::ticket_priority[], ${tickets.priority})`, sql`${nextDueAt} asc nulls last`],
} satisfies Record<QueueFilter["sort"], SQL[]>;

function queueFilterWhere(filter: QueueFilter): (SQL | undefined)[] {
  return [
    filter.status ? eq(tickets.status, filter.status) : undefined,
    filter.priority ? eq(tickets.priority, filter.priority) : undefined,
    filter.category ? eq(tickets.category, filter.category) : undefined,
    filter.tier ? eq(accounts.tier, filter.tier) : undefined,
    filter.account ? ilike(accounts.name, `%${filter.account.replace(/[%_\\]/g, "\\$&")}%`) : undefined,
    filter.assignee === "none" ? isNull(tickets.assigneeId) : filter.assignee ? eq(tickets.assigneeId, filter.assignee) : undefined,
  ];
}

/** The support queue: one view, ordered by the SLA clock that runs out first, with a count per view. */
export async function listQueue(actor: StaffActor, view: QueueView, filter: QueueFilter = { sort: "due" }, now = new Date()) {
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
    .where(and(queueViewWhere(view, actor, now), ...queueFilterWhere(filter)))
    .orderBy(...QUEUE_ORDER[filter.sort])
    .limit(100);
  return { counts, tickets: rows };
}

/** A ticket as agents see it: the whole thread, internal notes included, and the customer at a glance. */
export async function getTicketForStaff(actor: StaffActor, number: number) {
  if (actor.kind !== "staff") throw forbiddenError();
  const db = getDb();
  const [row] = await db
    .select({ ticket: tickets, accountName: accounts.name, tier: accounts.tier, ownerId: accounts.ownerId, requesterName: sql<string | null>`${contacts.firstName} || ' ' || ${contacts.lastName}`, requesterEmail: contacts.email, orderNumber: orders.number, lineSku: orderLines.sku, lineName: orderLines.name })
    .from(tickets)
    .innerJoin(accounts, eq(accounts.id, tickets.accountId))
    .leftJoin(contacts, eq(contacts.id, tickets.requesterContactId))
    .leftJoin(orders, eq(orders.id, tickets.orderId))
    .leftJoin(orderLines, eq(orderLines.id, tickets.orderLineId))
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
  const [attachments, analytics] = await Promise.all([attachmentsOf(messages.map((m) => m.id)), latestForAccount(row.ticket.accountId)]);
  const [mergedInto] = row.ticket.mergedIntoTicketId ? await db.select({ number: tickets.number }).from(tickets).where(eq(tickets.id, row.ticket.mergedIntoTicketId)) : [];
  return {
    ...row.ticket,
    accountName: row.accountName,
    tier: row.tier,
    ownerName: owner?.name ?? null,
    requesterName: row.requesterName,
    requesterEmail: row.requesterEmail,
    orderNumber: row.orderNumber,
    line: row.lineSku ? { sku: row.lineSku, name: row.lineName } : null,
    mergedIntoNumber: mergedInto?.number ?? null,
    segment: analytics?.segment ?? null,
    churnRisk: analytics?.churnRisk ?? null,
    messages: messages.map((m) => ({ ...m, attachments: attachments.filter((a) => a.messageId === m.id) })),
    recent,
    openOrders,
  };
}

/**
 * Moves a ticket's status and keeps its SLA clocks right: waiting for the
 * customer stops the clock; leaving that state adds the paused business
 * minutes and recomputes the resolution due time.
 */
export async function applyStatus(tx: Executor, ticket: Ticket, to: Status, now = new Date(), by: string | null = null): Promise<Partial<Ticket>> {
  const changes: Partial<Ticket> = { status: to, lastActivityAt: now };
  if (to === "pending_customer" && ticket.status !== "pending_customer") changes.slaPausedSince = now;
  if (ticket.status === "pending_customer" && to !== "pending_customer" && ticket.slaPausedSince) {
    const [{ tier }] = await tx.select({ tier: accounts.tier }).from(accounts).where(eq(accounts.id, ticket.accountId));
    const sla = await slaFor(tx, tier, ticket.priority);
    if (sla?.policy.pauseWhenPendingCustomer) {
      const paused = ticket.slaPausedMinutes + businessMinutesBetween(ticket.slaPausedSince, now, sla.calendar);
      changes.slaPausedMinutes = paused;
      changes.resolutionDueAt = dueAt(ticket.createdAt, sla.policy.resolutionMinutes, paused, sla.calendar);
      // A new due time deserves a new warning.
      changes.nearBreachNotifiedAt = null;
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
  if (to !== ticket.status) {
    await emitEvent(tx, to === "solved" ? "ticket.solved" : "ticket.updated", { ticketId: ticket.id, number: ticket.number, accountId: ticket.accountId, change: "status", from: ticket.status, to });
    await recordActivity(tx, {
      accountId: ticket.accountId,
      contactId: ticket.requesterContactId,
      actorUserId: by,
      type: "ticket_status",
      subject: `Ticket #${ticket.number}: ${TICKET_STATUS_DESK[ticket.status]} → ${TICKET_STATUS_DESK[to]}`,
      entityType: "ticket",
      entityId: ticket.id,
      metadata: { from: ticket.status, to },
      occurredAt: now,
    });
  }
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
export async function agentReply(actor: StaffActor, number: number, input: { body: string; visibility: "public" | "internal"; status?: Status }, files: StoredFile[] = []): Promise<void> {
  if (actor.kind !== "staff") throw forbiddenError();
  await getDb().transaction(async (tx) => {
    const [ticket] = await tx.select().from(tickets).where(eq(tickets.number, number)).for("update").limit(1);
    if (!ticket) throw notFound("That ticket");
    if (ticket.status === "closed") throw new DomainError("conflict", "This ticket is closed.");
    const now = new Date();
    const [message] = await tx.insert(ticketMessages).values({ accountId: ticket.accountId, ticketId: ticket.id, authorUserId: actor.userId, visibility: input.visibility, body: input.body }).returning({ id: ticketMessages.id });
    await attachToMessage(tx, { accountId: ticket.accountId, ticketId: ticket.id, messageId: message.id }, files);
    const extra: Partial<Ticket> = { assigneeId: ticket.assigneeId ?? actor.userId };
    if (input.visibility === "public" && !ticket.firstRespondedAt) {
      extra.firstRespondedAt = now;
      extra.nearBreachNotifiedAt = null; // the resolution clock gets its own warning
      if (ticket.firstResponseDueAt && now > ticket.firstResponseDueAt) extra.firstResponseBreachedAt = ticket.firstResponseDueAt;
    }
    await tx.update(tickets).set(extra).where(eq(tickets.id, ticket.id));
    const to = input.status ?? (input.visibility === "public" && ticket.status === "new" ? "open" : ticket.status);
    if (to !== ticket.status) await applyStatus(tx, { ...ticket, ...extra } as Ticket, to, now, actor.userId);
    else await tx.update(tickets).set({ lastActivityAt: now }).where(eq(tickets.id, ticket.id));
    if (input.visibility === "public") {
      await recordActivity(tx, { accountId: ticket.accountId, contactId: ticket.requesterContactId, actorUserId: actor.userId, type: "ticket_reply", direction: "outbound", subject: `Reply on ticket #${number}`, body: input.body.slice(0, 500), entityType: "ticket", entityId: ticket.id });
      const [requester] = ticket.requesterContactId ? await tx.select({ email: contacts.email, firstName: contacts.firstName }).from(contacts).where(eq(contacts.id, ticket.requesterContactId)) : [];
      if (requester) {
        await queueEmail(tx, {
          template: "agent-replied",
          to: requester.email,
          accountId: ticket.accountId,
          idempotencyKey: `agent-replied/${message.id}`,
          props: { recipientName: requester.firstName, ticketNumber: number, subject: ticket.subject, agentName: actor.name, reply: input.body, ticketUrl: `${appUrl()}/portal/tickets/${number}` },
        });
      }
    }
    if (input.visibility === "public") await emitEvent(tx, "ticket.updated", { ticketId: ticket.id, number, accountId: ticket.accountId, change: "agent_reply" });
    await queueSearchSync(tx, "ticket", [ticket.id]);
  });
}

/** Takes the ticket: assigns it to the agent. */
export async function assignToMe(actor: StaffActor, number: number): Promise<void> {
  if (actor.kind !== "staff") throw forbiddenError();
  const updated = await getDb().update(tickets).set({ assigneeId: actor.userId }).where(eq(tickets.number, number)).returning({ id: tickets.id });
  if (!updated.length) throw notFound("That ticket");
}

/** Staff a ticket can be assigned to. */
export async function listAssignableStaff() {
  return getDb()
    .select({ id: users.id, name: users.name })
    .from(users)
    .where(and(eq(users.kind, "staff"), sql`${users.disabledAt} is null`))
    .orderBy(asc(users.name));
}
