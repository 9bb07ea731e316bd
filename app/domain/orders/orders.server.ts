import { and, count, desc, eq, inArray } from "drizzle-orm";
import { getDb } from "~db/client";
import { contacts, orders } from "~db/schema";
import type { CustomerActor } from "~/auth/actor";

export const OPEN_ORDER_STATUSES = ["pending_approval", "submitted", "on_hold", "confirmed", "picking", "shipped"] as const;

export type OrderSummary = {
  id: string;
  number: string;
  status: (typeof orders.$inferSelect)["status"];
  holdReason: (typeof orders.$inferSelect)["holdReason"];
  poNumber: string | null;
  placedAt: Date;
  totalCents: number;
  currency: string;
  placedBy: string | null;
};

const summaryColumns = {
  id: orders.id,
  number: orders.number,
  status: orders.status,
  holdReason: orders.holdReason,
  poNumber: orders.poNumber,
  placedAt: orders.placedAt,
  totalCents: orders.totalCents,
  currency: orders.currency,
  placedByFirst: contacts.firstName,
  placedByLast: contacts.lastName,
};

function toSummary(row: { placedByFirst: string | null; placedByLast: string | null } & Omit<OrderSummary, "placedBy">): OrderSummary {
  const { placedByFirst, placedByLast, ...rest } = row;
  return { ...rest, placedBy: placedByFirst ? `${placedByFirst} ${placedByLast}` : null };
}

/** The account's orders that are not yet delivered, cancelled or rejected, newest first. */
export async function listOpenOrders(actor: CustomerActor, limit = 5): Promise<{ orders: OrderSummary[]; total: number }> {
  const db = getDb();
  const where = and(eq(orders.accountId, actor.accountId), inArray(orders.status, [...OPEN_ORDER_STATUSES]));
  const [rows, [{ total }]] = await Promise.all([
    db.select(summaryColumns).from(orders).leftJoin(contacts, eq(contacts.id, orders.placedByContactId)).where(where).orderBy(desc(orders.placedAt)).limit(limit),
    db.select({ total: count() }).from(orders).where(where),
  ]);
  return { orders: rows.map(toSummary), total };
}

/** Orders waiting for an account admin's approval: all of them for admins, one's own otherwise. */
export async function listOrdersAwaitingApproval(actor: CustomerActor, limit = 5): Promise<{ orders: OrderSummary[]; total: number }> {
  const db = getDb();
  const where = and(
    eq(orders.accountId, actor.accountId),
    eq(orders.status, "pending_approval"),
    actor.role === "admin" ? undefined : eq(orders.placedByContactId, actor.contactId),
  );
  const [rows, [{ total }]] = await Promise.all([
    db.select(summaryColumns).from(orders).leftJoin(contacts, eq(contacts.id, orders.placedByContactId)).where(where).orderBy(desc(orders.placedAt)).limit(limit),
    db.select({ total: count() }).from(orders).where(where),
  ]);
  return { orders: rows.map(toSummary), total };
}
