import { and, asc, eq, sql } from "drizzle-orm";
import { type Executor, getDb } from "~db/client";
import { accounts, businessCalendars, holidays, orderLines, orders, slaPolicies, ticketMessages, tickets, users } from "~db/schema";
import type { CustomerActor } from "~/auth/actor";
import { appUrl } from "~/env.server";
import { recordActivity } from "~/domain/activity/activity.server";
import { DomainError, notFound } from "~/domain/errors";
import { TICKET_PRIORITY } from "~/ui/status";
import { queueEmail } from "~emails/mailer.server";
import { queueSearchSync } from "~search/sync.server";
import { addBusinessMinutes, type BusinessCalendar } from "./sla";
import { formatInTimeZone } from "./time";
import { applyStatus } from "./desk.server";
import { customerTicketScope } from "./tickets.server";
import { attachToMessage, attachmentsOf, type StoredFile } from "./attachments.server";
import { emitEvent } from "~/domain/platform/webhooks.server";

/** The entitlement for an account tier and priority: targets and the calendar they run in. */
export async function slaFor(ex: Executor, tier: string, priority: string) {
  const [row] = await ex
    .select({ policy: slaPolicies, calendar: businessCalendars })
    .from(slaPolicies)
    .innerJoin(businessCalendars, eq(businessCalendars.id, slaPolicies.calendarId))
    .where(and(sql`${slaPolicies.tier} = ${tier}`, sql`${slaPolicies.priority} = ${priority}`))
    .limit(1);
  if (!row) return null;
  const days = await ex.select({ date: holidays.date }).from(holidays).where(eq(holidays.calendarId, row.calendar.id));
  const calendar: BusinessCalendar = { timezone: row.calendar.timezone, alwaysOpen: row.calendar.alwaysOpen, weeklyHours: row.calendar.weeklyHours, holidays: days.map((d) => d.date) };
  return { policy: row.policy, calendar };
}

/**
 * A customer raises a ticket: entitlement (SLA by contract tier × priority) is
 * applied when it is logged, the requester gets the SLA promise by e-mail, and
 * the ticket lands on the customer's timeline — all in one transaction.
 */
export async function raiseTicket(
  actor: CustomerActor,
  input: { subject: string; description: string; category: (typeof tickets.$inferInsert)["category"]; priority: "low" | "normal" | "high" | "urgent"; orderNumber?: string; lineSku?: string; share: boolean },
  files: StoredFile[] = [],
): Promise<number> {
  return getDb().transaction(async (tx) => {
    let orderId: string | null = null;
    let orderLineId: string | null = null;
    if (input.orderNumber) {
      const [order] = await tx.select({ id: orders.id }).from(orders).where(and(eq(orders.accountId, actor.accountId), eq(orders.number, input.orderNumber.toUpperCase()))).limit(1);
      if (!order) throw new DomainError("invalid", `We can't find order ${input.orderNumber} on your account. Check the number, or leave it empty.`, "orderNumber");
      orderId = order.id;
      if (input.lineSku) {
        const [line] = await tx.select({ id: orderLines.id }).from(orderLines).where(and(eq(orderLines.orderId, order.id), sql`upper(${orderLines.sku}) = upper(${input.lineSku})`)).limit(1);
        if (!line) throw new DomainError("invalid", `Order ${input.orderNumber.toUpperCase()} has no line with product ${input.lineSku}. Check the SKU, or leave it empty.`, "lineSku");
        orderLineId = line.id;
      }
    } else if (input.lineSku) {
      throw new DomainError("invalid", "Give the order number too, so we know which delivery of that product you mean.", "orderNumber");
    }
    const [{ tier }] = await tx.select({ tier: accounts.tier }).from(accounts).where(eq(accounts.id, actor.accountId)).limit(1);
    const sla = await slaFor(tx, tier, input.priority);
    const now = new Date();
    const firstResponseDueAt = sla ? addBusinessMinutes(now, sla.policy.firstResponseMinutes, sla.calendar) : null;
    const resolutionDueAt = sla ? addBusinessMinutes(now, sla.policy.resolutionMinutes, sla.calendar) : null;
    const [ticket] = await tx
      .insert(tickets)
      .values({
        number: sql`nextval('ticket_number_seq')`,
        accountId: actor.accountId,
        requesterContactId: actor.contactId,
        subject: input.subject,
        category: input.category,
        priority: input.priority,
        status: "new",
        channel: "portal",
        orderId,
        orderLineId,
        sharedWithAccount: input.share,
        slaPolicyId: sla?.policy.id ?? null,
        firstResponseDueAt,
        resolutionDueAt,
      })
      .returning();
    const [message] = await tx.insert(ticketMessages).values({ accountId: actor.accountId, ticketId: ticket.id, authorUserId: actor.userId, visibility: "public", body: input.description }).returning({ id: ticketMessages.id });
    await attachToMessage(tx, { accountId: actor.accountId, ticketId: ticket.id, messageId: message.id }, files);
    await recordActivity(tx, {
      accountId: actor.accountId,
      contactId: actor.contactId,
      actorUserId: actor.userId,
      type: "ticket_opened",
      direction: "inbound",
      subject: `Ticket #${ticket.number} opened: ${input.subject}`,
      entityType: "ticket",
      entityId: ticket.id,
    });
    await queueEmail(tx, {
      template: "ticket-received",
      to: actor.email,
      accountId: actor.accountId,
      idempotencyKey: `ticket-received/${ticket.id}`,
      props: {
        recipientName: actor.name.split(" ")[0],
        ticketNumber: ticket.number,
        subject: input.subject,
        ticketUrl: `${appUrl()}/portal/tickets/${ticket.number}`,
        priorityLabel: TICKET_PRIORITY[input.priority].label,
        firstResponseBy: firstResponseDueAt && sla ? formatInTimeZone(firstResponseDueAt, sla.calendar.timezone) : null,
      },
    });
    await queueSearchSync(tx, "ticket", [ticket.id]);
    await emitEvent(tx, "ticket.created", { ticketId: ticket.id, number: ticket.number, accountId: actor.accountId, subject: input.subject, priority: input.priority, category: input.category });
    return ticket.number;
  });
}

/** One ticket the customer may see, with its public thread only. */
export async function getCustomerTicket(actor: CustomerActor, number: number) {
  const db = getDb();
  const [ticket] = await db
    .select({ ticket: tickets, orderNumber: orders.number, lineSku: orderLines.sku, lineName: orderLines.name })
    .from(tickets)
    .leftJoin(orders, eq(orders.id, tickets.orderId))
    .leftJoin(orderLines, eq(orderLines.id, tickets.orderLineId))
    .where(and(customerTicketScope(actor), eq(tickets.number, number)))
    .limit(1);
  if (!ticket) throw notFound("That ticket");
  // Internal notes never leave the desk: only public messages are read here.
  const messages = await db
    .select({ id: ticketMessages.id, body: ticketMessages.body, createdAt: ticketMessages.createdAt, authorName: users.name, authorKind: users.kind })
    .from(ticketMessages)
    .leftJoin(users, eq(users.id, ticketMessages.authorUserId))
    .where(and(eq(ticketMessages.ticketId, ticket.ticket.id), eq(ticketMessages.visibility, "public")))
    .orderBy(asc(ticketMessages.createdAt));
  const attachments = await attachmentsOf(messages.map((m) => m.id));
  return { ...ticket.ticket, orderNumber: ticket.orderNumber, line: ticket.lineSku ? { sku: ticket.lineSku, name: ticket.lineName } : null, messages: messages.map((m) => ({ ...m, attachments: attachments.filter((a) => a.messageId === m.id) })) };
}

/** The customer adds to the thread; a ticket waiting for them is back with the team. */
export async function replyAsCustomer(actor: CustomerActor, number: number, body: string, files: StoredFile[] = []): Promise<void> {
  await getDb().transaction(async (tx) => {
    const [ticket] = await tx.select().from(tickets).where(and(customerTicketScope(actor), eq(tickets.number, number))).for("update").limit(1);
    if (!ticket) throw notFound("That ticket");
    if (ticket.status === "closed") throw new DomainError("conflict", "This ticket is closed. Raise a new ticket and mention this one.");
    const [message] = await tx.insert(ticketMessages).values({ accountId: ticket.accountId, ticketId: ticket.id, authorUserId: actor.userId, visibility: "public", body }).returning({ id: ticketMessages.id });
    await attachToMessage(tx, { accountId: ticket.accountId, ticketId: ticket.id, messageId: message.id }, files);
    // A reply from the customer puts a ticket that waited for them (or was solved) back with the team.
    if (ticket.status === "pending_customer" || ticket.status === "solved") await applyStatus(tx, ticket, "open", new Date(), actor.userId);
    else await tx.update(tickets).set({ lastActivityAt: new Date() }).where(eq(tickets.id, ticket.id));
    await recordActivity(tx, {
      accountId: ticket.accountId,
      contactId: actor.contactId,
      actorUserId: actor.userId,
      type: "ticket_reply",
      direction: "inbound",
      subject: `Customer reply on ticket #${number}`,
      body: body.slice(0, 500),
      entityType: "ticket",
      entityId: ticket.id,
    });
    await emitEvent(tx, "ticket.updated", { ticketId: ticket.id, number, accountId: ticket.accountId, change: "customer_reply" });
  });
}
