import { and, eq, sql } from "drizzle-orm";
import { getDb } from "~db/client";
import { accounts, tasks } from "~db/schema";
import type { StaffActor } from "~/auth/actor";

export type TaskRow = {
  id: string;
  title: string;
  dueAt: Date | null;
  priority: (typeof tasks.$inferSelect)["priority"];
  accountId: string;
  accountName: string;
};

/** The staff member's open tasks, overdue and soonest due first. */
export async function listMyOpenTasks(actor: StaffActor, limit = 8): Promise<TaskRow[]> {
  return getDb()
    .select({ id: tasks.id, title: tasks.title, dueAt: tasks.dueAt, priority: tasks.priority, accountId: accounts.id, accountName: accounts.name })
    .from(tasks)
    .innerJoin(accounts, eq(accounts.id, tasks.accountId))
    .where(and(eq(tasks.assigneeId, actor.userId), eq(tasks.status, "open")))
    .orderBy(sql`${tasks.dueAt} asc nulls last`)
    .limit(limit);
}
