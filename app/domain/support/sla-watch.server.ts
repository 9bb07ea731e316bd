import { and, eq, inArray, sql } from "drizzle-orm";
import { type Executor, getDb, timestamptz } from "~db/client";
import { accounts, tickets, users } from "~db/schema";
import { appUrl } from "~/env.server";
import { recordActivity } from "~/domain/activity/activity.server";
import { TICKET_PRIORITY, TIER } from "~/ui/status";
import { queueEmail } from "~emails/mailer.server";
import { nextDueAt, OPEN_TICKET_STATUSES } from "./tickets.server";
import { formatInTimeZone } from "./time";

/** How long before a target the assignee is warned (the "due soon" view uses the same window). */
export const NEAR_BREACH_MINUTES = 120;
/** Tiers whose account manager hears about SLA trouble too. */
export const TOP_TIERS = ["platinum", "gold"] as const;

type Alert = { id: string; kind: "near_breach" | "breached"; clock: "first_response" | "resolution"; dueAt: Date };

/**
 * Records what the SLA clocks did since the last look, set-based: targets
 * that passed become breaches (at their due time), targets within the
 * warning window get one near-breach warning. A clock paused while the
 * customer is asked something never breaches. Each transition notifies once:
 * the assignee, and the account manager for top-tier accounts.
 */
export async function watchSlas(now = new Date()): Promise<{ breached: number; nearBreach: number }> {
  return getDb().transaction(async (tx) => {
    const open = and(inArray(tickets.status, [...OPEN_TICKET_STATUSES]), sql`${tickets.status} <> 'pending_customer'`, sql`${tickets.mergedIntoTicketId} is null`);
    const at = timestamptz(now);
    const firstResponse = await tx
      .update(tickets)
      .set({ firstResponseBreachedAt: sql`${tickets.firstResponseDueAt}` })
      .where(and(open, sql`${tickets.firstRespondedAt} is null and ${tickets.firstResponseBreachedAt} is null and ${tickets.firstResponseDueAt} < ${at}`))
      .returning({ id: tickets.id, dueAt: tickets.firstResponseDueAt });
    const resolution = await tx
      .update(tickets)
      .set({ resolutionBreachedAt: sql`${tickets.resolutionDueAt}` })
      .where(and(open, sql`${tickets.resolutionBreachedAt} is null and ${tickets.resolutionDueAt} < ${at}`))
      .returning({ id: tickets.id, dueAt: tickets.resolutionDueAt });
    const near = await tx
      .update(tickets)
      .set({ nearBreachNotifiedAt: now })
      .where(and(open, sql`${tickets.nearBreachNotifiedAt} is null and ${nextDueAt} >= ${at} and ${nextDueAt} < ${timestamptz(new Date(now.getTime() + NEAR_BREACH_MINUTES * 60_000))}`))
      .returning({ id: tickets.id, answered: sql<boolean>`${tickets.firstRespondedAt} is not null`, dueAt: sql<Date>`${nextDueAt}`.mapWith(tickets.resolutionDueAt) });
    const alerts: Alert[] = [
      ...firstResponse.map((t) => ({ id: t.id, kind: "breached" as const, clock: "first_response" as const, dueAt: t.dueAt! })),
      ...resolution.map((t) => ({ id: t.id, kind: "breached" as const, clock: "resolution" as const, dueAt: t.dueAt! })),
      ...near.map((t) => ({ id: t.id, kind: "near_breach" as const, clock: t.answered ? ("resolution" as const) : ("first_response" as const), dueAt: t.dueAt })),
    ];
    for (const alert of alerts) await notify(tx, alert);
    return { breached: firstResponse.length + resolution.length, nearBreach: near.length };
  });
}

async function notify(tx: Executor, alert: Alert) {
  const [row] = await tx
    .select({ ticket: tickets, accountName: accounts.name, tier: accounts.tier, ownerId: accounts.ownerId })
    .from(tickets)
    .innerJoin(accounts, eq(accounts.id, tickets.accountId))
    .where(eq(tickets.id, alert.id));
  const { ticket } = row;
  const recipientIds = [ticket.assigneeId, (TOP_TIERS as readonly string[]).includes(row.tier) ? row.ownerId : null].filter((id): id is string => !!id);
  const people = recipientIds.length ? await tx.select({ id: users.id, name: users.name, email: users.email, timezone: users.timezone }).from(users).where(and(inArray(users.id, [...new Set(recipientIds)]), sql`${users.disabledAt} is null`)) : [];
  const assignee = people.find((p) => p.id === ticket.assigneeId);
  const clockLabel = alert.clock === "first_response" ? "first response" : "resolution";
  if (alert.kind === "breached") {
    await recordActivity(tx, {
      accountId: ticket.accountId,
      contactId: ticket.requesterContactId,
      type: "ticket_status",
      subject: `Ticket #${ticket.number}: ${clockLabel} SLA breached`,
      entityType: "ticket",
      entityId: ticket.id,
      metadata: { sla: alert.clock, dueAt: alert.dueAt.toISOString() },
      occurredAt: alert.dueAt,
    });
  }
  for (const person of people) {
    await queueEmail(tx, {
      template: "sla-alert",
      to: person.email,
      // Staff mail: no accountId, so it never shows as "e-mail sent" on the customer timeline.
      accountId: null,
      idempotencyKey: `sla-alert/${ticket.id}/${alert.kind}/${alert.clock}/${alert.dueAt.getTime()}/${person.id}`,
      props: {
        recipientName: person.name.split(" ")[0],
        ticketNumber: ticket.number,
        subject: ticket.subject,
        accountName: row.accountName,
        tierLabel: TIER[row.tier].label,
        priorityLabel: TICKET_PRIORITY[ticket.priority].label,
        kind: alert.kind,
        clock: alert.clock,
        dueAt: formatInTimeZone(alert.dueAt, person.timezone),
        assigneeName: assignee?.name ?? null,
        ticketUrl: `${appUrl()}/desk/tickets/${ticket.number}`,
      },
    });
  }
}
