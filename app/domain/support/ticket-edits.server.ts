import { and, asc, eq, inArray, isNull } from "drizzle-orm";
import { type Executor, getDb } from "~db/client";
import { accounts, ticketAttachments, ticketMessages, tickets, users } from "~db/schema";
import type { CustomerActor, StaffActor } from "~/auth/actor";
import { recordActivity } from "~/domain/activity/activity.server";
import { DomainError, forbiddenError, notFound } from "~/domain/errors";
import { TICKET_PRIORITY } from "~/ui/status";
import { queueSearchSync } from "~search/sync.server";
import { addBusinessMinutes, dueAt } from "./sla";
import { applyStatus } from "./desk.server";
import { CATEGORY_LABEL } from "./support.schema";
import { customerTicketScope } from "./tickets.server";
import { slaFor } from "./tickets-commands.server";
import { emitEvent } from "~/domain/platform/webhooks.server";

type Ticket = typeof tickets.$inferSelect;
type Status = Ticket["status"];

/** How long after solving or closing a customer may still reopen a ticket. */
export const REOPEN_WINDOW_DAYS = 14;

/**
 * New due times after the priority changed: the targets of the new policy,
 * counted from when the ticket was logged, minus the minutes it waited for
 * the customer. A clock already stopped (answered, solved) stays as it was.
 */
async function dueTimesFor(tx: Executor, ticket: Ticket, priority: Ticket["priority"]): Promise<Partial<Ticket>> {
  const [{ tier }] = await tx.select({ tier: accounts.tier }).from(accounts).where(eq(accounts.id, ticket.accountId));
  const sla = await slaFor(tx, tier, priority);
  if (!sla) return { slaPolicyId: null, firstResponseDueAt: ticket.firstRespondedAt ? ticket.firstResponseDueAt : null, resolutionDueAt: null };
  return {
    slaPolicyId: sla.policy.id,
    firstResponseDueAt: ticket.firstRespondedAt ? ticket.firstResponseDueAt : addBusinessMinutes(ticket.createdAt, sla.policy.firstResponseMinutes, sla.calendar),
    resolutionDueAt: dueAt(ticket.createdAt, sla.policy.resolutionMinutes, ticket.slaPausedMinutes, sla.calendar),
    nearBreachNotifiedAt: null,
  };
}

export type TicketEdit = { priority?: Ticket["priority"]; category?: Ticket["category"]; status?: Status; assigneeId?: string | null };

/**
 * An agent changes a ticket's priority, category, status or assignee. Each
 * change is an activity on the customer's timeline; a new priority means the
 * entitlement of that priority and new due times.
 */
export async function updateTicket(actor: StaffActor, number: number, edit: TicketEdit): Promise<string[]> {
  if (actor.kind !== "staff") throw forbiddenError();
  return getDb().transaction(async (tx) => {
    const [ticket] = await tx.select().from(tickets).where(eq(tickets.number, number)).for("update").limit(1);
    if (!ticket) throw notFound("That ticket");
    if (ticket.mergedIntoTicketId) throw new DomainError("conflict", "This ticket was merged into another; change that one instead.");
    const now = new Date();
    const changed: string[] = [];
    const note = (subject: string, metadata: Record<string, unknown>) =>
      recordActivity(tx, { accountId: ticket.accountId, contactId: ticket.requesterContactId, actorUserId: actor.userId, type: "ticket_status", subject: `Ticket #${number}: ${subject}`, entityType: "ticket", entityId: ticket.id, metadata, occurredAt: now });
    let current: Ticket = ticket;
    if (edit.priority && edit.priority !== ticket.priority) {
      const due = await dueTimesFor(tx, ticket, edit.priority);
      await tx.update(tickets).set({ priority: edit.priority, ...due, lastActivityAt: now }).where(eq(tickets.id, ticket.id));
      current = { ...current, priority: edit.priority, ...due };
      await note(`priority ${TICKET_PRIORITY[ticket.priority].label} → ${TICKET_PRIORITY[edit.priority].label}`, { field: "priority", from: ticket.priority, to: edit.priority });
      changed.push("priority");
    }
    if (edit.category && edit.category !== ticket.category) {
      await tx.update(tickets).set({ category: edit.category, lastActivityAt: now }).where(eq(tickets.id, ticket.id));
      await note(`category ${CATEGORY_LABEL[ticket.category]} → ${CATEGORY_LABEL[edit.category]}`, { field: "category", from: ticket.category, to: edit.category });
      changed.push("category");
    }
    if (edit.assigneeId !== undefined && edit.assigneeId !== ticket.assigneeId) {
      let name = "nobody";
      if (edit.assigneeId) {
        const [agent] = await tx.select({ name: users.name }).from(users).where(and(eq(users.id, edit.assigneeId), eq(users.kind, "staff"), isNull(users.disabledAt))).limit(1);
        if (!agent) throw new DomainError("invalid", "Choose an active member of staff.");
        name = agent.name;
      }
      await tx.update(tickets).set({ assigneeId: edit.assigneeId, nearBreachNotifiedAt: null }).where(eq(tickets.id, ticket.id));
      await note(`assigned to ${name}`, { field: "assignee", to: edit.assigneeId });
      changed.push("assignee");
    }
    if (edit.status && edit.status !== ticket.status) {
      if (ticket.status === "closed") throw new DomainError("conflict", "A closed ticket stays closed; the customer can raise a new one.");
      await applyStatus(tx, current, edit.status, now, actor.userId);
      changed.push("status");
    }
    if (changed.length) await queueSearchSync(tx, "ticket", [ticket.id]);
    const fieldsChanged = changed.filter((c) => c !== "status");
    if (fieldsChanged.length) await emitEvent(tx, "ticket.updated", { ticketId: ticket.id, number, accountId: ticket.accountId, change: "fields", fields: fieldsChanged });
    return changed;
  });
}

/**
 * Merges a duplicate into the ticket that carries on: the duplicate's
 * messages and attachments move over (in time order with the rest), the
 * duplicate is closed with a public pointer to the other ticket, and both
 * tickets' customers see the same thread. Only tickets of one account merge —
 * anything else would show one customer another's conversation.
 */
export async function mergeTicket(actor: StaffActor, duplicateNumber: number, intoNumber: number): Promise<void> {
  if (actor.kind !== "staff") throw forbiddenError();
  if (duplicateNumber === intoNumber) throw new DomainError("invalid", "A ticket cannot be merged into itself.");
  await getDb().transaction(async (tx) => {
    const both = await tx.select().from(tickets).where(inArray(tickets.number, [duplicateNumber, intoNumber])).orderBy(asc(tickets.number)).for("update");
    const duplicate = both.find((t) => t.number === duplicateNumber);
    const into = both.find((t) => t.number === intoNumber);
    if (!duplicate) throw notFound("That ticket");
    if (!into) throw new DomainError("invalid", `There is no ticket #${intoNumber}.`);
    if (into.accountId !== duplicate.accountId) throw new DomainError("invalid", `#${intoNumber} belongs to another customer; only tickets of the same account can be merged.`);
    if (duplicate.mergedIntoTicketId) throw new DomainError("conflict", "This ticket was already merged.");
    if (into.mergedIntoTicketId || into.status === "closed") throw new DomainError("conflict", `#${intoNumber} is closed; merge into an open ticket.`);
    const now = new Date();
    await tx.update(ticketMessages).set({ ticketId: into.id }).where(eq(ticketMessages.ticketId, duplicate.id));
    await tx.update(ticketAttachments).set({ ticketId: into.id }).where(eq(ticketAttachments.ticketId, duplicate.id));
    await tx.insert(ticketMessages).values([
      { accountId: into.accountId, ticketId: into.id, authorUserId: actor.userId, visibility: "internal", body: `Merged #${duplicateNumber} "${duplicate.subject}" into this ticket.`, createdAt: now },
      { accountId: duplicate.accountId, ticketId: duplicate.id, authorUserId: actor.userId, visibility: "public", body: `We merged this request into ticket #${intoNumber}, where the conversation continues.`, createdAt: now },
    ]);
    // The duplicate may have been shared with the whole account; so is the ticket it joins.
    await tx
      .update(tickets)
      .set({ sharedWithAccount: into.sharedWithAccount || duplicate.sharedWithAccount, lastActivityAt: now })
      .where(eq(tickets.id, into.id));
    await tx.update(tickets).set({ mergedIntoTicketId: into.id, nearBreachNotifiedAt: now }).where(eq(tickets.id, duplicate.id));
    await applyStatus(tx, duplicate, "closed", now, actor.userId);
    await recordActivity(tx, { accountId: into.accountId, contactId: duplicate.requesterContactId, actorUserId: actor.userId, type: "ticket_status", subject: `Ticket #${duplicateNumber} merged into #${intoNumber}`, entityType: "ticket", entityId: into.id, metadata: { merged: duplicate.id }, occurredAt: now });
    await queueSearchSync(tx, "ticket", [duplicate.id, into.id]);
  });
}

/** The customer says it is sorted: the ticket closes, and may be reopened for two weeks. */
export async function closeAsCustomer(actor: CustomerActor, number: number): Promise<void> {
  await getDb().transaction(async (tx) => {
    const [ticket] = await tx.select().from(tickets).where(and(customerTicketScope(actor), eq(tickets.number, number))).for("update").limit(1);
    if (!ticket) throw notFound("That ticket");
    if (ticket.status === "closed") return;
    await applyStatus(tx, ticket, "closed", new Date(), actor.userId);
    await queueSearchSync(tx, "ticket", [ticket.id]);
  });
}

/** Whether a solved or closed ticket can still be reopened by its customer. */
export function canReopen(ticket: Pick<Ticket, "status" | "solvedAt" | "closedAt" | "mergedIntoTicketId">, now = new Date()): boolean {
  if (ticket.mergedIntoTicketId) return false;
  if (ticket.status !== "solved" && ticket.status !== "closed") return false;
  const endedAt = ticket.status === "closed" ? ticket.closedAt : ticket.solvedAt;
  return !!endedAt && now.getTime() - new Date(endedAt).getTime() <= REOPEN_WINDOW_DAYS * 86_400_000;
}

/** "It is not fixed after all": back to the team within the reopen window, with the reason in the thread. */
export async function reopenAsCustomer(actor: CustomerActor, number: number, reason: string): Promise<void> {
  await getDb().transaction(async (tx) => {
    const [ticket] = await tx.select().from(tickets).where(and(customerTicketScope(actor), eq(tickets.number, number))).for("update").limit(1);
    if (!ticket) throw notFound("That ticket");
    const now = new Date();
    if (!canReopen(ticket, now)) throw new DomainError("conflict", `This ticket can no longer be reopened (${REOPEN_WINDOW_DAYS} days have passed). Raise a new one and mention #${number}.`);
    await tx.insert(ticketMessages).values({ accountId: ticket.accountId, ticketId: ticket.id, authorUserId: actor.userId, visibility: "public", body: reason, createdAt: now });
    await tx.update(tickets).set({ closedAt: null, ratingTokenHash: null }).where(eq(tickets.id, ticket.id));
    await applyStatus(tx, { ...ticket, closedAt: null }, "open", now, actor.userId);
    await queueSearchSync(tx, "ticket", [ticket.id]);
  });
}


/** The requester shares a ticket with everyone at the account, or takes it back. */
export async function setSharing(actor: CustomerActor, number: number, shared: boolean): Promise<void> {
  const updated = await getDb()
    .update(tickets)
    .set({ sharedWithAccount: shared })
    .where(and(eq(tickets.accountId, actor.accountId), eq(tickets.number, number), eq(tickets.requesterContactId, actor.contactId)))
    .returning({ id: tickets.id });
  if (!updated.length) throw notFound("That ticket");
}
