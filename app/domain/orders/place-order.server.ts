import { addDays, differenceInCalendarDays, format, parseISO } from "date-fns";
import { and, eq, inArray, sql } from "drizzle-orm";
import { type Executor, getDb, queryRows } from "~db/client";
import { accountAddresses, accounts, contacts, orderEvents, orderLines, orders, users } from "~db/schema";
import type { CustomerActor } from "~/auth/actor";
import { appUrl } from "~/env.server";
import { recordActivity } from "~/domain/activity/activity.server";
import { DomainError } from "~/domain/errors";
import { formatMoney } from "~/ui/format";
import { queueEmail } from "~emails/mailer.server";
import { queueSearchSync } from "~search/sync.server";
import { emptyCart, getCart } from "./cart.server";
import type { CheckoutInput } from "./checkout.schema";
import { emitEvent } from "~/domain/platform/webhooks.server";

/** Flat freight below this subtotal. */
export const FREE_SHIPPING_FROM_CENTS = 50_000;
export const SHIPPING_CENTS = 1_495;
export const TAX_RATE = 0.065;

export type CheckoutFieldErrors = Partial<Record<keyof CheckoutInput | "cart", string>>;
export type PlaceOrderResult = { ok: true; orderNumber: string; created: boolean; status: string } | { ok: false; errors: CheckoutFieldErrors };

const PAYMENT_DAYS: Record<string, number> = { prepaid: 0, net_15: 15, net_30: 30, net_45: 45, net_60: 60 };

/**
 * What the account owes or has committed: orders not yet delivered, plus
 * delivered ones still inside their payment terms (not yet due, so unpaid).
 */
export async function creditExposureCents(ex: Executor, accountId: string, paymentTerms: string): Promise<number> {
  const days = PAYMENT_DAYS[paymentTerms] ?? 30;
  const [row] = await queryRows<{ exposure: string | number }>(
    ex,
    sql`select coalesce(sum(total_cents), 0) as exposure from orders
        where account_id = ${accountId}
          and (status in ('pending_approval','submitted','on_hold','confirmed','picking','shipped')
               or (status = 'delivered' and placed_at > now() - make_interval(days => ${days})))`,
  );
  return Number(row.exposure);
}

export function totalsFor(subtotalCents: number) {
  const shippingCents = subtotalCents >= FREE_SHIPPING_FROM_CENTS ? 0 : SHIPPING_CENTS;
  const taxCents = Math.round(subtotalCents * TAX_RATE);
  return { subtotalCents, shippingCents, taxCents, totalCents: subtotalCents + shippingCents + taxCents };
}

export type NewOrderLine = { productId: string | null; sku: string; name: string; unit: string; quantity: number; listPriceCents: number; unitPriceCents: number };

/**
 * Writes an order and everything that goes with it, inside the caller's
 * transaction: approval and credit decide its first status; its lines, first
 * event, timeline entry, e-mails and search update are written with it.
 */
export async function insertOrder(
  tx: Executor,
  actor: CustomerActor,
  params: {
    lines: NewOrderLine[];
    currency: string;
    shippingAddressId: string;
    poNumber?: string | null;
    requestedDeliveryDate?: string | null;
    notes?: string | null;
    idempotencyKey?: string | null;
    source: "portal" | "quote" | "api";
    quoteId?: string;
  },
): Promise<{ ok: true; order: typeof orders.$inferSelect } | { ok: false; errors: CheckoutFieldErrors }> {
  const [account] = await tx.select().from(accounts).where(eq(accounts.id, actor.accountId)).limit(1);
  const errors: CheckoutFieldErrors = {};
  if (params.lines.length === 0) errors.cart = "Your cart is empty.";
  const [address] = await tx
    .select()
    .from(accountAddresses)
    .where(and(eq(accountAddresses.id, params.shippingAddressId), eq(accountAddresses.accountId, actor.accountId), eq(accountAddresses.kind, "shipping")))
    .limit(1);
  if (!address) errors.shippingAddressId = "Choose one of your shipping addresses.";
  if (account.poRequired && !params.poNumber) errors.poNumber = `${account.name} requires a PO number on every order.`;
  if (params.requestedDeliveryDate) {
    const days = differenceInCalendarDays(parseISO(params.requestedDeliveryDate), new Date());
    if (Number.isNaN(days) || days < 1) errors.requestedDeliveryDate = "Choose a date from tomorrow on.";
    else if (days > 365) errors.requestedDeliveryDate = "Choose a date within the next year.";
  }
  if (Object.keys(errors).length) return { ok: false, errors };

  const subtotal = params.lines.reduce((sum, l) => sum + l.unitPriceCents * l.quantity, 0);
  const totals = totalsFor(subtotal);
  const [billing] = await tx
    .select()
    .from(accountAddresses)
    .where(and(eq(accountAddresses.accountId, actor.accountId), eq(accountAddresses.kind, "billing")))
    .limit(1);
  const needsApproval = actor.role === "requester" || (actor.role === "buyer" && actor.spendingLimitCents !== null && totals.totalCents > actor.spendingLimitCents);
  const exposure = await creditExposureCents(tx, actor.accountId, account.paymentTerms);
  const overCredit = account.creditLimitCents > 0 && exposure + totals.totalCents > account.creditLimitCents;
  const status = needsApproval ? "pending_approval" : overCredit ? "on_hold" : "submitted";

  const snapshot = (a: typeof address) =>
    a ? { label: a.label, company: a.company, line1: a.line1, line2: a.line2, city: a.city, region: a.region, postalCode: a.postalCode, country: a.country } : null;
  const [order] = await tx
    .insert(orders)
    .values({
      number: sql`'SO-' || nextval('order_number_seq')`,
      accountId: actor.accountId,
      placedByContactId: actor.contactId,
      status,
      holdReason: status === "on_hold" ? "credit" : null,
      source: params.source,
      quoteId: params.quoteId ?? null,
      poNumber: params.poNumber ?? null,
      requestedDeliveryDate: params.requestedDeliveryDate ?? null,
      shippingAddress: snapshot(address)!,
      billingAddress: snapshot(billing),
      currency: params.currency,
      ...totals,
      notes: params.notes ?? null,
      idempotencyKey: params.idempotencyKey ?? null,
    })
    .returning();
  await tx.insert(orderLines).values(
    params.lines.map((line, i) => ({ accountId: actor.accountId, orderId: order.id, lineNumber: i + 1, ...line, lineTotalCents: line.unitPriceCents * line.quantity })),
  );
  await tx.insert(orderEvents).values({
    accountId: actor.accountId,
    orderId: order.id,
    fromStatus: null,
    toStatus: status,
    actorUserId: actor.userId,
    note: status === "on_hold" ? "Credit limit would be exceeded" : status === "pending_approval" ? (actor.role === "requester" ? "Requester's order" : "Above the buyer's spending limit") : null,
  });
  await recordActivity(tx, {
    accountId: actor.accountId,
    contactId: actor.contactId,
    actorUserId: actor.userId,
    type: "order_placed",
    direction: "inbound",
    subject: `Order ${order.number} placed`,
    body: `${params.lines.length} line${params.lines.length === 1 ? "" : "s"}, total ${formatMoney(totals.totalCents, params.currency)}${status === "submitted" ? "" : ` — ${status === "on_hold" ? "on hold for credit" : "awaiting approval"}`}`,
    entityType: "order",
    entityId: order.id,
  });
  await notify(tx, actor, order, params.lines, status, account.name);
  await queueSearchSync(tx, "order", [order.id]);
  await emitEvent(tx, "order.created", { orderId: order.id, number: order.number, accountId: actor.accountId, status, totalCents: totals.totalCents, currency: params.currency });
  return { ok: true, order };
}

/**
 * Places the cart as an order in one transaction, exactly once per
 * idempotency key: a double click, a refresh or a retried request answers the
 * first order. Requesters' orders, and buyers' above their spending limit,
 * wait for an admin's approval; an order beyond the credit limit is held.
 */
export async function placeOrder(actor: CustomerActor, input: CheckoutInput): Promise<PlaceOrderResult> {
  const db = getDb();
  const existing = await findByKey(db, actor.accountId, input.idempotencyKey);
  if (existing) return { ok: true, orderNumber: existing.number, created: false, status: existing.status };
  try {
    return await db.transaction(async (tx) => {
      const again = await findByKey(tx, actor.accountId, input.idempotencyKey);
      if (again) return { ok: true as const, orderNumber: again.number, created: false, status: again.status };
      const cart = await getCart(actor, tx);
      const result = await insertOrder(tx, actor, {
        lines: cart.lines.map((l) => ({
          productId: l.productId,
          sku: l.product.sku,
          name: l.product.name,
          unit: l.product.unit,
          quantity: l.quantity,
          listPriceCents: l.product.listPriceCents,
          unitPriceCents: l.product.unitPriceCents,
        })),
        currency: cart.currency,
        shippingAddressId: input.shippingAddressId,
        poNumber: input.poNumber,
        requestedDeliveryDate: input.requestedDeliveryDate,
        notes: input.notes,
        idempotencyKey: input.idempotencyKey,
        source: "portal",
      });
      if (!result.ok) return result;
      await emptyCart(tx, actor);
      return { ok: true as const, orderNumber: result.order.number, created: true, status: result.order.status };
    });
  } catch (error) {
    // Two submissions with one key raced: the loser answers the winner's order.
    const raced = await findByKey(db, actor.accountId, input.idempotencyKey);
    if (raced) return { ok: true, orderNumber: raced.number, created: false, status: raced.status };
    throw error;
  }
}

async function findByKey(ex: Executor, accountId: string, key: string) {
  const [row] = await ex.select({ number: orders.number, status: orders.status }).from(orders).where(and(eq(orders.accountId, accountId), eq(orders.idempotencyKey, key))).limit(1);
  return row ?? null;
}

async function notify(
  tx: Executor,
  actor: CustomerActor,
  order: typeof orders.$inferSelect,
  lines: NewOrderLine[],
  status: string,
  accountName: string,
) {
  const orderUrl = `${appUrl()}/portal/orders/${order.number}`;
  const address = order.shippingAddress;
  await queueEmail(tx, {
    template: "order-confirmation",
    to: actor.email,
    accountId: actor.accountId,
    idempotencyKey: `order-confirmation/${order.id}`,
    props: {
      recipientName: actor.name.split(" ")[0],
      orderNumber: order.number,
      orderUrl,
      poNumber: order.poNumber,
      currency: order.currency,
      lines: lines.map((l) => ({ sku: l.sku, name: l.name, quantity: l.quantity, unitPriceCents: l.unitPriceCents, lineTotalCents: l.unitPriceCents * l.quantity })),
      subtotalCents: order.subtotalCents,
      shippingCents: order.shippingCents,
      taxCents: order.taxCents,
      totalCents: order.totalCents,
      shippingAddress: [address.company ?? accountName, address.line1, address.line2, `${address.city}${address.region ? `, ${address.region}` : ""} ${address.postalCode}`, address.country].filter(
        (x): x is string => Boolean(x),
      ),
      requestedDeliveryDate: order.requestedDeliveryDate ? format(parseISO(order.requestedDeliveryDate), "MMM d, yyyy") : null,
      holdMessage:
        status === "on_hold"
          ? "This order would take your account past its credit limit, so it is on hold. Our credit team will contact you today; nothing else is needed from you."
          : status === "pending_approval"
            ? "This order is waiting for approval by an admin of your account before we process it."
            : null,
    },
  });
  if (status === "pending_approval") {
    const admins = await tx
      .select({ email: users.email, name: users.name, contactId: contacts.id })
      .from(contacts)
      .innerJoin(users, eq(users.id, contacts.userId))
      .where(and(eq(contacts.accountId, actor.accountId), inArray(contacts.portalRole, ["admin"])));
    for (const admin of admins.filter((a) => a.contactId !== actor.contactId)) {
      await queueEmail(tx, {
        template: "order-awaiting-approval",
        to: admin.email,
        accountId: actor.accountId,
        idempotencyKey: `order-awaiting-approval/${order.id}/${admin.contactId}`,
        props: {
          recipientName: admin.name.split(" ")[0],
          requesterName: actor.name,
          orderNumber: order.number,
          orderUrl,
          totalCents: order.totalCents,
          currency: order.currency,
          reason: actor.role === "requester" ? "requester" : "spending_limit",
          poNumber: order.poNumber,
        },
      });
    }
  }
}

/** The earliest delivery date the checkout offers. */
export const earliestDeliveryDate = () => format(addDays(new Date(), 1), "yyyy-MM-dd");
