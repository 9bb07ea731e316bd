import { and, asc, count, desc, eq, gte, ilike, inArray, lt, or, type SQL, sql } from "drizzle-orm";
import { getDb } from "~db/client";
import { accounts, contacts, orderEvents, orderLines, orders, shipments, users } from "~db/schema";
import type { CustomerActor, StaffActor } from "~/auth/actor";
import { recordActivity } from "~/domain/activity/activity.server";
import { priceProducts } from "~/domain/catalog/catalog.server";
import { DomainError, forbiddenError, notFound } from "~/domain/errors";
import { queueSearchSync } from "~search/sync.server";
import { addToCart } from "./cart.server";
import { CANCELLABLE_STATUSES, type OrderFilters } from "./orders.schema";

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

export const ORDERS_PAGE_SIZE = 20;

/** The account's orders, filtered by status, date range, PO number or text, newest first. */
export async function listOrders(actor: CustomerActor, filters: OrderFilters) {
  const db = getDb();
  const escape = (v: string) => v.replace(/[\\%_]/g, (c) => `\\${c}`);
  const where = and(
    eq(orders.accountId, actor.accountId),
    filters.status === "open" ? inArray(orders.status, [...OPEN_ORDER_STATUSES]) : filters.status ? eq(orders.status, filters.status) : undefined,
    filters.from ? gte(orders.placedAt, new Date(`${filters.from}T00:00:00Z`)) : undefined,
    filters.to ? lt(orders.placedAt, new Date(new Date(`${filters.to}T00:00:00Z`).getTime() + 86_400_000)) : undefined,
    filters.po ? ilike(orders.poNumber, `%${escape(filters.po)}%`) : undefined,
    filters.q
      ? or(
          ilike(orders.number, `%${escape(filters.q)}%`),
          ilike(orders.poNumber, `%${escape(filters.q)}%`),
          sql`exists (select 1 from ${orderLines} where ${orderLines.orderId} = ${orders.id} and (${orderLines.sku} ilike ${`%${escape(filters.q)}%`} or ${orderLines.name} ilike ${`%${escape(filters.q)}%`}))`,
        )
      : undefined,
  );
  const [rows, [{ total }]] = await Promise.all([
    db
      .select(summaryColumns)
      .from(orders)
      .leftJoin(contacts, eq(contacts.id, orders.placedByContactId))
      .where(where)
      .orderBy(desc(orders.placedAt))
      .limit(ORDERS_PAGE_SIZE)
      .offset((filters.page - 1) * ORDERS_PAGE_SIZE),
    db.select({ total: count() }).from(orders).where(where),
  ]);
  return { orders: rows.map(toSummary), total, page: filters.page, pages: Math.max(1, Math.ceil(total / ORDERS_PAGE_SIZE)) };
}

async function orderDetail(where: SQL) {
  const db = getDb();
  const [order] = await db
    .select({ order: orders, placedByFirst: contacts.firstName, placedByLast: contacts.lastName, placedByEmail: contacts.email, accountName: accounts.name, accountTier: accounts.tier })
    .from(orders)
    .innerJoin(accounts, eq(accounts.id, orders.accountId))
    .leftJoin(contacts, eq(contacts.id, orders.placedByContactId))
    .where(where)
    .limit(1);
  if (!order) throw notFound("That order");
  const [lines, events, shipped] = await Promise.all([
    db.select().from(orderLines).where(eq(orderLines.orderId, order.order.id)).orderBy(asc(orderLines.lineNumber)),
    db
      .select({ id: orderEvents.id, fromStatus: orderEvents.fromStatus, toStatus: orderEvents.toStatus, note: orderEvents.note, occurredAt: orderEvents.occurredAt, actorName: users.name })
      .from(orderEvents)
      .leftJoin(users, eq(users.id, orderEvents.actorUserId))
      .where(eq(orderEvents.orderId, order.order.id))
      .orderBy(asc(orderEvents.occurredAt)),
    db.select().from(shipments).where(eq(shipments.orderId, order.order.id)).orderBy(asc(shipments.shippedAt)),
  ]);
  return {
    ...order.order,
    placedBy: order.placedByFirst ? `${order.placedByFirst} ${order.placedByLast}` : null,
    placedByEmail: order.placedByEmail,
    accountName: order.accountName,
    accountTier: order.accountTier,
    lines,
    events,
    shipments: shipped,
    canCancel: (CANCELLABLE_STATUSES as readonly string[]).includes(order.order.status),
  };
}

/** One order of the account, with lines, status history and shipments. Another account's order is "not found". */
export function getOrder(actor: CustomerActor, number: string) {
  return orderDetail(and(eq(orders.accountId, actor.accountId), eq(orders.number, number))!);
}

/** Any order, for staff. */
export function getOrderForStaff(actor: StaffActor, number: string) {
  if (actor.kind !== "staff") throw forbiddenError();
  return orderDetail(eq(orders.number, number));
}

/** The desk's order list: every account, filtered by status or a number / PO / account name. */
export async function listOrdersForStaff(actor: StaffActor, filters: OrderFilters) {
  if (actor.kind !== "staff") throw forbiddenError();
  const db = getDb();
  const term = filters.q ? `%${filters.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
  const where = and(
    filters.status === "open" ? inArray(orders.status, [...OPEN_ORDER_STATUSES]) : filters.status ? eq(orders.status, filters.status) : undefined,
    term ? or(ilike(orders.number, term), ilike(orders.poNumber, term), ilike(accounts.name, term)) : undefined,
  );
  const [rows, [{ total }]] = await Promise.all([
    db
      .select({ ...summaryColumns, accountName: accounts.name, accountTier: accounts.tier })
      .from(orders)
      .innerJoin(accounts, eq(accounts.id, orders.accountId))
      .leftJoin(contacts, eq(contacts.id, orders.placedByContactId))
      .where(where)
      .orderBy(desc(orders.placedAt))
      .limit(ORDERS_PAGE_SIZE)
      .offset((filters.page - 1) * ORDERS_PAGE_SIZE),
    db.select({ total: count() }).from(orders).innerJoin(accounts, eq(accounts.id, orders.accountId)).where(where),
  ]);
  return { orders: rows.map(({ accountName, accountTier, ...r }) => ({ ...toSummary(r), accountName, accountTier })), total, page: filters.page, pages: Math.max(1, Math.ceil(total / ORDERS_PAGE_SIZE)) };
}

/** Cancels the order while the warehouse has not started picking; the change is an event and a timeline entry. */
export async function cancelOrder(actor: CustomerActor, number: string, reason?: string): Promise<void> {
  await getDb().transaction(async (tx) => {
    const [order] = await tx
      .select({ id: orders.id, status: orders.status })
      .from(orders)
      .where(and(eq(orders.accountId, actor.accountId), eq(orders.number, number)))
      .for("update")
      .limit(1);
    if (!order) throw notFound("That order");
    if (!(CANCELLABLE_STATUSES as readonly string[]).includes(order.status)) {
      throw new DomainError("conflict", "This order is already being picked or has shipped, so it can no longer be cancelled here. Open a ticket and we will try to stop it.");
    }
    await tx.update(orders).set({ status: "cancelled", cancelledAt: new Date(), cancellationReason: reason ?? "Cancelled by the customer" }).where(eq(orders.id, order.id));
    await tx.insert(orderEvents).values({ accountId: actor.accountId, orderId: order.id, fromStatus: order.status, toStatus: "cancelled", actorUserId: actor.userId, note: reason ?? "Cancelled by the customer" });
    await recordActivity(tx, {
      accountId: actor.accountId,
      contactId: actor.contactId,
      actorUserId: actor.userId,
      type: "order_status",
      subject: `Order ${number} cancelled`,
      body: reason ?? null,
      entityType: "order",
      entityId: order.id,
      metadata: { from: order.status, to: "cancelled" },
    });
    await queueSearchSync(tx, "order", [order.id]);
  });
}

/** Puts an order's lines back in the cart at today's prices; products no longer sold are reported. */
export async function reorder(actor: CustomerActor, number: string): Promise<{ added: number; unavailable: string[] }> {
  const order = await getOrder(actor, number);
  const ids = order.lines.map((l) => l.productId).filter((id): id is string => Boolean(id));
  const available = new Set((await priceProducts(actor, { ids })).map((p) => p.id));
  const items = order.lines.filter((l) => l.productId && available.has(l.productId)).map((l) => ({ productId: l.productId!, quantity: l.quantity }));
  const unavailable = order.lines.filter((l) => !l.productId || !available.has(l.productId)).map((l) => `${l.name} (${l.sku})`);
  if (items.length) await addToCart(actor, items);
  return { added: items.length, unavailable };
}
