import { differenceInCalendarDays, format, parseISO } from "date-fns";
import { and, asc, count, desc, eq, sql, type SQL } from "drizzle-orm";
import { getDb } from "~db/client";
import { accounts, contacts, orders, quoteLines, quotes, users } from "~db/schema";
import type { CustomerActor, StaffActor } from "~/auth/actor";
import { appUrl } from "~/env.server";
import { recordActivity } from "~/domain/activity/activity.server";
import { DomainError, forbiddenError, notFound } from "~/domain/errors";
import { emptyCart, getCart } from "~/domain/orders/cart.server";
import { type CheckoutFieldErrors, insertOrder } from "~/domain/orders/place-order.server";
import { queueEmail } from "~emails/mailer.server";
import { emitEvent } from "~/domain/platform/webhooks.server";

type QuoteStatus = (typeof quotes.$inferSelect)["status"];

/** A priced quote past its validity date reads as expired and can no longer be accepted. */
export function effectiveStatus(q: { status: QuoteStatus; validUntil: string | null }, today = new Date()): QuoteStatus {
  if (q.status === "priced" && q.validUntil && differenceInCalendarDays(parseISO(q.validUntil), today) < 0) return "expired";
  return q.status;
}

/** Turns the cart into a quote request, in one transaction; the cart is emptied. */
export async function requestQuote(actor: CustomerActor, input: { message?: string }): Promise<string> {
  return getDb().transaction(async (tx) => {
    const cart = await getCart(actor, tx);
    if (cart.lines.length === 0) throw new DomainError("invalid", "Add the products you want priced to your cart first.");
    const [quote] = await tx
      .insert(quotes)
      .values({
        number: sql`'Q-' || nextval('quote_number_seq')`,
        accountId: actor.accountId,
        requestedByContactId: actor.contactId,
        status: "requested",
        customerMessage: input.message ?? null,
        currency: cart.currency,
      })
      .returning();
    await tx.insert(quoteLines).values(
      cart.lines.map((l, i) => ({
        accountId: actor.accountId,
        quoteId: quote.id,
        productId: l.productId,
        lineNumber: i + 1,
        sku: l.product.sku,
        name: l.product.name,
        unit: l.product.unit,
        quantity: l.quantity,
        listPriceCents: l.product.unitPriceCents,
      })),
    );
    await emptyCart(tx, actor);
    await recordActivity(tx, {
      accountId: actor.accountId,
      contactId: actor.contactId,
      actorUserId: actor.userId,
      type: "quote",
      direction: "inbound",
      subject: `Quote ${quote.number} requested`,
      body: input.message ?? null,
      entityType: "quote",
      entityId: quote.id,
    });
    await emitEvent(tx, "quote.created", { quoteId: quote.id, number: quote.number, accountId: actor.accountId });
    return quote.number;
  });
}

const listColumns = {
  id: quotes.id,
  number: quotes.number,
  status: quotes.status,
  validUntil: quotes.validUntil,
  totalCents: quotes.totalCents,
  currency: quotes.currency,
  createdAt: quotes.createdAt,
  accountName: accounts.name,
  requestedByFirst: contacts.firstName,
  requestedByLast: contacts.lastName,
};

async function list(where: SQL | undefined, page: number) {
  const db = getDb();
  const [rows, [{ total }]] = await Promise.all([
    db
      .select(listColumns)
      .from(quotes)
      .innerJoin(accounts, eq(accounts.id, quotes.accountId))
      .leftJoin(contacts, eq(contacts.id, quotes.requestedByContactId))
      .where(where)
      .orderBy(desc(quotes.createdAt))
      .limit(25)
      .offset((page - 1) * 25),
    db.select({ total: count() }).from(quotes).where(where),
  ]);
  return {
    quotes: rows.map(({ requestedByFirst, requestedByLast, ...q }) => ({ ...q, status: effectiveStatus(q), requestedBy: requestedByFirst ? `${requestedByFirst} ${requestedByLast}` : null })),
    total,
  };
}

export function listQuotes(actor: CustomerActor, page = 1) {
  return list(eq(quotes.accountId, actor.accountId), page);
}

/** The desk's quote queue: requests to price first. */
export function listQuotesForStaff(actor: StaffActor, status?: QuoteStatus, page = 1) {
  if (actor.kind !== "staff") throw forbiddenError();
  return list(status ? eq(quotes.status, status) : undefined, page);
}

async function detail(where: SQL) {
  const db = getDb();
  const [row] = await db
    .select({ quote: quotes, accountName: accounts.name, ownerId: accounts.ownerId, requestedByFirst: contacts.firstName, requestedByLast: contacts.lastName, requestedByEmail: contacts.email, orderNumber: orders.number })
    .from(quotes)
    .innerJoin(accounts, eq(accounts.id, quotes.accountId))
    .leftJoin(contacts, eq(contacts.id, quotes.requestedByContactId))
    .leftJoin(orders, eq(orders.id, quotes.orderId))
    .where(where)
    .limit(1);
  if (!row) throw notFound("That quote");
  const lines = await db.select().from(quoteLines).where(eq(quoteLines.quoteId, row.quote.id)).orderBy(asc(quoteLines.lineNumber));
  return {
    ...row.quote,
    status: effectiveStatus(row.quote),
    accountName: row.accountName,
    ownerId: row.ownerId,
    requestedBy: row.requestedByFirst ? `${row.requestedByFirst} ${row.requestedByLast}` : null,
    requestedByEmail: row.requestedByEmail,
    orderNumber: row.orderNumber,
    lines,
  };
}

export function getQuote(actor: CustomerActor, number: string) {
  return detail(and(eq(quotes.accountId, actor.accountId), eq(quotes.number, number))!);
}

export function getQuoteForStaff(actor: StaffActor, number: string) {
  if (actor.kind !== "staff") throw forbiddenError();
  return detail(eq(quotes.number, number));
}

/** Staff price every line, set the validity date and a message; the requester is e-mailed. */
export async function priceQuote(actor: StaffActor, number: string, input: { validUntil: string; message?: string; prices: Record<string, number> }): Promise<void> {
  if (actor.kind !== "staff") throw forbiddenError();
  if (differenceInCalendarDays(parseISO(input.validUntil), new Date()) < 0) throw new DomainError("invalid", "The validity date must be today or later.");
  await getDb().transaction(async (tx) => {
    const [quote] = await tx.select().from(quotes).where(eq(quotes.number, number)).for("update").limit(1);
    if (!quote) throw notFound("That quote");
    if (quote.status !== "requested" && effectiveStatus(quote) !== "priced") throw new DomainError("conflict", "Only a requested or open quote can be priced.");
    const lines = await tx.select().from(quoteLines).where(eq(quoteLines.quoteId, quote.id));
    const missing = lines.filter((l) => !input.prices[l.id]);
    if (missing.length) throw new DomainError("invalid", `Price every line: ${missing.map((l) => l.sku).join(", ")} has no price.`);
    let subtotal = 0;
    for (const l of lines) {
      const unit = input.prices[l.id];
      subtotal += unit * l.quantity;
      await tx.update(quoteLines).set({ unitPriceCents: unit, lineTotalCents: unit * l.quantity }).where(eq(quoteLines.id, l.id));
    }
    await tx
      .update(quotes)
      .set({ status: "priced", validUntil: input.validUntil, staffMessage: input.message ?? null, subtotalCents: subtotal, totalCents: subtotal, pricedByUserId: actor.userId, pricedAt: new Date() })
      .where(eq(quotes.id, quote.id));
    await recordActivity(tx, { accountId: quote.accountId, actorUserId: actor.userId, type: "quote", direction: "outbound", subject: `Quote ${number} priced`, entityType: "quote", entityId: quote.id });
    const [requester] = quote.requestedByContactId
      ? await tx.select({ email: contacts.email, firstName: contacts.firstName }).from(contacts).where(eq(contacts.id, quote.requestedByContactId)).limit(1)
      : [];
    if (requester) {
      await queueEmail(tx, {
        template: "quote-ready",
        to: requester.email,
        accountId: quote.accountId,
        idempotencyKey: `quote-ready/${quote.id}/${input.validUntil}/${subtotal}`,
        props: {
          recipientName: requester.firstName,
          quoteNumber: number,
          quoteUrl: `${appUrl()}/portal/quotes/${number}`,
          totalCents: subtotal,
          currency: quote.currency,
          validUntil: format(parseISO(input.validUntil), "MMM d, yyyy"),
          message: input.message ?? null,
          accountManagerName: actor.name,
        },
      });
    }
  });
}

/**
 * The customer accepts a priced, unexpired quote: it becomes an order at the
 * quoted prices (approval and credit rules as for any order). Requesters ask an admin.
 */
export async function acceptQuote(
  actor: CustomerActor,
  number: string,
  input: { shippingAddressId: string; poNumber?: string },
): Promise<{ ok: true; orderNumber: string } | { ok: false; errors: CheckoutFieldErrors }> {
  if (actor.role === "requester") throw forbiddenError("Ask a buyer or admin of your account to accept quotes.");
  return getDb().transaction(async (tx) => {
    const [quote] = await tx.select().from(quotes).where(and(eq(quotes.accountId, actor.accountId), eq(quotes.number, number))).for("update").limit(1);
    if (!quote) throw notFound("That quote");
    const status = effectiveStatus(quote);
    if (status === "expired") throw new DomainError("conflict", `Quote ${number} expired on ${quote.validUntil}. Ask for a new one.`);
    if (status !== "priced") throw new DomainError("conflict", "Only a priced quote can be accepted.");
    const lines = await tx.select().from(quoteLines).where(eq(quoteLines.quoteId, quote.id)).orderBy(asc(quoteLines.lineNumber));
    const result = await insertOrder(tx, actor, {
      lines: lines.map((l) => ({ productId: l.productId, sku: l.sku, name: l.name, unit: l.unit, quantity: l.quantity, listPriceCents: l.listPriceCents, unitPriceCents: l.unitPriceCents! })),
      currency: quote.currency,
      shippingAddressId: input.shippingAddressId,
      poNumber: input.poNumber,
      source: "quote",
      quoteId: quote.id,
    });
    if (!result.ok) return result;
    await tx.update(quotes).set({ status: "accepted", acceptedAt: new Date(), orderId: result.order.id }).where(eq(quotes.id, quote.id));
    await recordActivity(tx, { accountId: quote.accountId, contactId: actor.contactId, actorUserId: actor.userId, type: "quote", direction: "inbound", subject: `Quote ${number} accepted: order ${result.order.number}`, entityType: "quote", entityId: quote.id });
    await emitEvent(tx, "quote.accepted", { quoteId: quote.id, number, accountId: quote.accountId, orderNumber: result.order.number });
    // Whoever priced it (else the account's owner) hears that the deal closed.
    const [account] = await tx.select({ ownerId: accounts.ownerId }).from(accounts).where(eq(accounts.id, quote.accountId)).limit(1);
    const notifyId = quote.pricedByUserId ?? account?.ownerId;
    const [owner] = notifyId ? await tx.select({ email: users.email, name: users.name }).from(users).where(eq(users.id, notifyId)).limit(1) : [];
    if (owner) {
      await queueEmail(tx, {
        template: "quote-accepted",
        to: owner.email,
        accountId: quote.accountId,
        idempotencyKey: `quote-accepted/${quote.id}`,
        props: {
          recipientName: owner.name.split(" ")[0],
          quoteNumber: number,
          orderNumber: result.order.number,
          orderUrl: `${appUrl()}/desk/orders/${result.order.number}`,
          accountName: actor.accountName,
          totalCents: result.order.totalCents,
          currency: quote.currency,
        },
      });
    }
    return { ok: true, orderNumber: result.order.number };
  });
}

export async function declineQuote(actor: CustomerActor, number: string, reason: string): Promise<void> {
  await getDb().transaction(async (tx) => {
    const [quote] = await tx.select().from(quotes).where(and(eq(quotes.accountId, actor.accountId), eq(quotes.number, number))).for("update").limit(1);
    if (!quote) throw notFound("That quote");
    if (!["requested", "priced"].includes(effectiveStatus(quote))) throw new DomainError("conflict", "This quote can no longer be declined.");
    await tx.update(quotes).set({ status: "declined", declinedAt: new Date(), declineReason: reason }).where(eq(quotes.id, quote.id));
    await recordActivity(tx, { accountId: quote.accountId, contactId: actor.contactId, actorUserId: actor.userId, type: "quote", direction: "inbound", subject: `Quote ${number} declined`, body: reason, entityType: "quote", entityId: quote.id });
  });
}
