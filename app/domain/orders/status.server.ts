import { and, eq } from "drizzle-orm";
import { type Executor, getDb } from "~db/client";
import { accounts, contacts, orderEvents, orders, shipments } from "~db/schema";
import type { CustomerActor, StaffActor } from "~/auth/actor";
import { appUrl } from "~/env.server";
import { recordActivity } from "~/domain/activity/activity.server";
import { DomainError, forbiddenError, notFound } from "~/domain/errors";
import { ORDER_STATUS } from "~/ui/status";
import { queueEmail } from "~emails/mailer.server";
import { queueSearchSync } from "~search/sync.server";
import { creditExposureCents } from "./place-order.server";
import { emitEvent } from "~/domain/platform/webhooks.server";

type Status = (typeof orders.$inferSelect)["status"];

/** Where staff may move an order from each status. */
export const STAFF_TRANSITIONS: Partial<Record<Status, Status[]>> = {
  submitted: ["confirmed", "on_hold", "cancelled"],
  on_hold: ["confirmed", "cancelled"],
  confirmed: ["picking", "on_hold", "cancelled"],
  picking: ["shipped"],
  shipped: ["delivered"],
  pending_approval: ["cancelled"],
};

const TRACKING_URL: Record<string, (n: string) => string> = {
  UPS: (n) => `https://www.ups.com/track?tracknum=${encodeURIComponent(n)}`,
  FedEx: (n) => `https://www.fedex.com/fedextrack/?trknbr=${encodeURIComponent(n)}`,
  "DHL Express": (n) => `https://www.dhl.com/us-en/home/tracking.html?tracking-id=${encodeURIComponent(n)}`,
  "XPO Freight": (n) => `https://track.xpo.com/?pro=${encodeURIComponent(n)}`,
};
export const CARRIERS = Object.keys(TRACKING_URL);

type Change = { to: Status; note?: string | null; carrier?: string; trackingNumber?: string };

async function applyChange(
  tx: Executor,
  order: typeof orders.$inferSelect,
  change: Change,
  who: { userId: string; name: string },
  extra: Partial<typeof orders.$inferInsert> = {},
) {
  await tx.update(orders).set({ status: change.to, holdReason: change.to === "on_hold" ? extra.holdReason ?? "review" : null, ...extra }).where(eq(orders.id, order.id));
  const [event] = await tx
    .insert(orderEvents)
    .values({ accountId: order.accountId, orderId: order.id, fromStatus: order.status, toStatus: change.to, note: change.note ?? null, actorUserId: who.userId })
    .returning({ id: orderEvents.id });
  let shipment: { carrier: string; trackingNumber: string; trackingUrl: string | null } | null = null;
  if (change.to === "shipped" && change.carrier && change.trackingNumber) {
    shipment = { carrier: change.carrier, trackingNumber: change.trackingNumber, trackingUrl: TRACKING_URL[change.carrier]?.(change.trackingNumber) ?? null };
    await tx.insert(shipments).values({ accountId: order.accountId, orderId: order.id, ...shipment, shippedAt: new Date() });
  }
  if (change.to === "delivered") await tx.update(shipments).set({ deliveredAt: new Date() }).where(and(eq(shipments.orderId, order.id)));
  const label = ORDER_STATUS[change.to]?.label ?? change.to;
  await recordActivity(tx, {
    accountId: order.accountId,
    actorUserId: who.userId,
    type: "order_status",
    subject: `Order ${order.number}: ${label.toLowerCase()}`,
    body: change.note ?? null,
    entityType: "order",
    entityId: order.id,
    metadata: { from: order.status, to: change.to, ...(shipment ?? {}) },
  });
  await emitEvent(tx, "order.status_changed", { orderId: order.id, number: order.number, accountId: order.accountId, from: order.status, to: change.to, ...(shipment ?? {}) });
  // The buyer who placed it hears about every change.
  const [placer] = order.placedByContactId
    ? await tx.select({ email: contacts.email, firstName: contacts.firstName }).from(contacts).where(eq(contacts.id, order.placedByContactId)).limit(1)
    : [];
  if (placer) {
    await queueEmail(tx, {
      template: "order-status-changed",
      to: placer.email,
      accountId: order.accountId,
      idempotencyKey: `order-status/${event.id}`,
      props: { recipientName: placer.firstName, orderNumber: order.number, orderUrl: `${appUrl()}/portal/orders/${order.number}`, poNumber: order.poNumber, statusLabel: label, note: change.note ?? null, shipment },
    });
  }
  await queueSearchSync(tx, "order", [order.id]);
}

/** Staff move an order along; shipping needs a carrier and tracking number. */
export async function changeOrderStatus(actor: StaffActor, number: string, change: Change): Promise<void> {
  if (actor.kind !== "staff") throw forbiddenError();
  await getDb().transaction(async (tx) => {
    const [order] = await tx.select().from(orders).where(eq(orders.number, number)).for("update").limit(1);
    if (!order) throw notFound("That order");
    if (!(STAFF_TRANSITIONS[order.status] ?? []).includes(change.to)) {
      throw new DomainError("conflict", `An order that is ${ORDER_STATUS[order.status].label.toLowerCase()} cannot become ${ORDER_STATUS[change.to].label.toLowerCase()}.`);
    }
    if (change.to === "shipped" && (!change.carrier || !change.trackingNumber)) throw new DomainError("invalid", "Enter the carrier and the tracking number to mark the order shipped.");
    await applyChange(tx, order, change, { userId: actor.userId, name: actor.name }, change.to === "cancelled" ? { cancelledAt: new Date(), cancellationReason: change.note ?? "Cancelled by Accord" } : {});
  });
}

/**
 * An account admin approves or rejects a colleague's order. Approved orders go
 * to the warehouse (or on credit hold, checked again now); rejections need a reason.
 */
export async function decideApproval(actor: CustomerActor, number: string, decision: { approve: boolean; reason?: string }): Promise<"submitted" | "on_hold" | "rejected"> {
  if (actor.role !== "admin") throw forbiddenError("Only your account's admins approve orders.");
  return getDb().transaction(async (tx) => {
    const [order] = await tx.select().from(orders).where(and(eq(orders.accountId, actor.accountId), eq(orders.number, number))).for("update").limit(1);
    if (!order) throw notFound("That order");
    if (order.status !== "pending_approval") throw new DomainError("conflict", "This order is not waiting for approval any more.");
    const who = { userId: actor.userId, name: actor.name };
    if (!decision.approve) {
      if (!decision.reason?.trim()) throw new DomainError("invalid", "Tell your colleague why the order is rejected.");
      await applyChange(tx, order, { to: "rejected", note: decision.reason.trim() }, who, { rejectionReason: decision.reason.trim() });
      return "rejected";
    }
    const [account] = await tx.select().from(accounts).where(eq(accounts.id, actor.accountId)).limit(1);
    // The order itself already counts in the exposure, as an open order.
    const exposure = await creditExposureCents(tx, actor.accountId, account.paymentTerms);
    const overCredit = account.creditLimitCents > 0 && exposure > account.creditLimitCents;
    const to = overCredit ? "on_hold" : "submitted";
    await applyChange(tx, order, { to, note: `Approved by ${actor.name}${overCredit ? "; on hold: credit limit would be exceeded" : ""}` }, who, {
      approvedByUserId: actor.userId,
      approvedAt: new Date(),
      holdReason: overCredit ? "credit" : null,
    });
    return to;
  });
}
