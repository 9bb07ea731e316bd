import { and, desc, eq, inArray, notInArray, or } from "drizzle-orm";
import { getDb } from "~db/client";
import { activities } from "~db/schema";
import type { CustomerActor } from "~/auth/actor";

/** Touchpoints a customer may see on their own account; calls, notes and internal e-mails stay in the desk. */
const CUSTOMER_VISIBLE = ["order_placed", "order_status", "quote", "ticket_opened", "ticket_reply"] as const;

export type ActivityItem = { id: string; type: string; subject: string; occurredAt: Date; entityType: string | null; entityId: string | null };

export async function recentAccountActivity(actor: CustomerActor, limit = 8): Promise<ActivityItem[]> {
  return getDb()
    .select({ id: activities.id, type: activities.type, subject: activities.subject, occurredAt: activities.occurredAt, entityType: activities.entityType, entityId: activities.entityId })
    .from(activities)
    .where(
      and(
        eq(activities.accountId, actor.accountId),
        inArray(activities.type, [...CUSTOMER_VISIBLE]),
        // Only admins see every colleague's tickets (as in customerTicketScope).
        actor.role === "admin" ? undefined : or(notInArray(activities.type, ["ticket_opened", "ticket_reply"]), eq(activities.contactId, actor.contactId)),
      ),
    )
    .orderBy(desc(activities.occurredAt))
    .limit(limit);
}
