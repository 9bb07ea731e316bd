import { and, eq } from "drizzle-orm";
import { getDb } from "~db/client";
import { accounts, contacts, tasks } from "~db/schema";
import { can, type StaffActor } from "~/auth/actor";
import { recordActivity } from "~/domain/activity/activity.server";
import { DomainError, forbiddenError, notFound } from "~/domain/errors";
import type { LogActivityInput } from "./crm.schema";

const TYPE_WORD = { call: "Call", meeting: "Meeting", note: "Note", email: "E-mail" } as const;

/**
 * Logs a call, meeting, note or e-mail on the customer's timeline and, in the
 * same transaction, the follow-up task it calls for (assigned to whoever
 * logged it, due at 09:00 of the chosen day in their time zone).
 */
export async function logActivity(actor: StaffActor, accountId: string, input: LogActivityInput, now = new Date()): Promise<{ taskId: string | null }> {
  if (!can(actor, "log_activity")) throw forbiddenError();
  if (input.followUpTitle && !can(actor, "tasks")) throw forbiddenError("Follow-up tasks are for account managers and admins.");
  return getDb().transaction(async (tx) => {
    const [account] = await tx.select({ id: accounts.id }).from(accounts).where(eq(accounts.id, accountId)).limit(1);
    if (!account) throw notFound("That account");
    if (input.contactId) {
      const [contact] = await tx.select({ id: contacts.id }).from(contacts).where(and(eq(contacts.id, input.contactId), eq(contacts.accountId, accountId))).limit(1);
      if (!contact) throw new DomainError("invalid", "Choose a contact of this account.", "contactId");
    }
    await recordActivity(tx, {
      accountId,
      contactId: input.contactId,
      actorUserId: actor.userId,
      type: input.type,
      direction: input.type === "note" ? null : (input.direction ?? "outbound"),
      subject: input.subject,
      body: input.body,
      durationMinutes: input.type === "call" || input.type === "meeting" ? input.durationMinutes : null,
      occurredAt: now,
    });
    let taskId: string | null = null;
    if (input.followUpTitle) {
      const [task] = await tx
        .insert(tasks)
        .values({
          accountId,
          contactId: input.contactId,
          assigneeId: actor.userId,
          createdByUserId: actor.userId,
          title: input.followUpTitle,
          notes: `Follow-up to: ${TYPE_WORD[input.type]} — ${input.subject}`,
          dueAt: input.followUpDue ? nineInTheMorning(input.followUpDue, actor.timezone) : null,
        })
        .returning({ id: tasks.id });
      taskId = task.id;
    }
    return { taskId };
  });
}

/** 09:00 on a calendar day in a time zone, as an instant. */
export function nineInTheMorning(day: string, timeZone: string): Date {
  const [y, m, d] = day.split("-").map(Number);
  const guess = new Date(Date.UTC(y, m - 1, d, 9));
  // The zone's offset at that moment, from how the instant reads there.
  const parts = Object.fromEntries(new Intl.DateTimeFormat("en-US", { timeZone, hourCycle: "h23", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit" }).formatToParts(guess).map((p) => [p.type, p.value]));
  const asRead = Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute));
  return new Date(guess.getTime() - (asRead - guess.getTime()));
}

/** Marks a task done (or reopens it); done tasks are activities on the timeline. */
export async function setTaskDone(actor: StaffActor, taskId: string, done: boolean, now = new Date()): Promise<{ accountId: string }> {
  if (!can(actor, "tasks")) throw forbiddenError("Tasks are for account managers and admins.");
  return getDb().transaction(async (tx) => {
    const [task] = await tx.select().from(tasks).where(eq(tasks.id, taskId)).for("update").limit(1);
    if (!task) throw notFound("That task");
    if (done === (task.status === "done")) return { accountId: task.accountId };
    await tx.update(tasks).set({ status: done ? "done" : "open", completedAt: done ? now : null, updatedAt: now }).where(eq(tasks.id, taskId));
    if (done) {
      await recordActivity(tx, { accountId: task.accountId, contactId: task.contactId, actorUserId: actor.userId, type: "task_completed", subject: `Task done: ${task.title}`, entityType: "task", entityId: task.id, occurredAt: now });
    }
    return { accountId: task.accountId };
  });
}
