import type { Executor } from "~db/client";
import { activities } from "~db/schema";

export type ActivityType = (typeof activities.$inferInsert)["type"];

export type NewActivity = {
  /** Set by callers that need the row afterwards (the API answers with it). */
  id?: string;
  accountId: string;
  type: ActivityType;
  subject: string;
  body?: string | null;
  contactId?: string | null;
  actorUserId?: string | null;
  direction?: "inbound" | "outbound" | null;
  entityType?: string | null;
  entityId?: string | null;
  durationMinutes?: number | null;
  metadata?: Record<string, unknown> | null;
  occurredAt?: Date;
  source?: string;
};

/** Adds one touchpoint to the customer's timeline, inside the caller's transaction. */
export async function recordActivity(ex: Executor, activity: NewActivity): Promise<void> {
  await ex.insert(activities).values(activity);
}
