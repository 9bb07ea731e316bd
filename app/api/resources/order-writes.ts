import { and, desc, eq, inArray, sql } from "drizzle-orm";
import { z } from "../zod";
import { getDb } from "~db/client";
import { accountAddresses, accountPrices, accounts, orderEvents, orderLines, orders, priceListItems, products } from "~db/schema";
import type { ApiActor } from "~/auth/actor";
import { recordActivity } from "~/domain/activity/activity.server";
import { accountPriceJoins } from "~/domain/catalog/pricing.server";
import { insertOrder, type NewOrderLine, totalsFor } from "~/domain/orders/place-order.server";
import { changeOrderStatus } from "~/domain/orders/status.server";
import { emitEvent } from "~/domain/platform/webhooks.server";
import { queueSearchSync } from "~search/sync.server";
import { ApiProblem } from "../problem";
import { operation } from "../router.server";
import { getApiOrder, Order } from "./commerce";
import { accountActor, apiStaffActor, staffOnly } from "./scope";

const ORDER_STATUSES = ["pending_approval", "submitted", "on_hold", "confirmed", "picking", "shipped", "delivered", "cancelled", "rejected"] as const;

const orderInput = z
  .object({
    accountId: z.string().uuid().optional().openapi({ description: "Required for staff tokens; a customer token orders for its own account." }),
    placedByContactId: z.string().uuid().optional().openapi({ description: "The account's contact placing it; defaults to the account's primary contact." }),
    lines: z.array(z.object({ sku: z.string().min(1).max(60), quantity: z.number().int().min(1).max(100_000), unitPriceCents: z.number().int().min(0).optional().openapi({ description: "Historical import only; otherwise the account's own price applies." }) })).min(1).max(500),
    poNumber: z.string().max(60).nullish(),
    shippingAddressId: z.string().uuid().optional().openapi({ description: "One of the account's shipping addresses; defaults to its default one." }),
    requestedDeliveryDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullish(),
    notes: z.string().max(2000).nullish(),
    placedAt: z.string().datetime({ offset: true }).optional().openapi({ description: "Historical import (staff tokens): when it was placed. Skips approval, credit checks and e-mails." }),
    status: z.enum(ORDER_STATUSES).optional().openapi({ description: "Historical import (staff tokens): its status. Requires placedAt." }),
  })
  .strict()
  .openapi("OrderInput");

async function resolveAccount(actor: ApiActor, accountId: string | undefined) {
  const id = actor.accountId ?? accountId;
  if (!id) throw new ApiProblem("validation", undefined, { errors: [{ field: "accountId", message: "Give the account the order is for." }] });
  if (actor.accountId && accountId && accountId !== actor.accountId) throw new ApiProblem("not-found", "No such account for this token.");
  const [account] = await getDb().select().from(accounts).where(eq(accounts.id, id)).limit(1);
  if (!account) throw new ApiProblem("validation", undefined, { errors: [{ field: "accountId", message: "No such account." }] });
  return account;
}

/** Products by SKU with the account's own prices; unknown or inactive SKUs are field errors. */
async function priceLines(accountId: string, lines: z.infer<typeof orderInput>["lines"]): Promise<NewOrderLine[]> {
  const skus = [...new Set(lines.map((l) => l.sku.toUpperCase()))];
  const prices = accountPriceJoins(accountId);
  const found = await getDb()
    .select({ id: products.id, sku: products.sku, name: products.name, unit: products.unit, listPriceCents: products.listPriceCents, active: products.active, unitPriceCents: prices.unitPrice })
    .from(products)
    .leftJoin(accountPrices, prices.override)
    .leftJoin(priceListItems, prices.listItem)
    .where(inArray(sql`upper(${products.sku})`, skus));
  const errors = lines.flatMap((l, i) => {
    const p = found.find((f) => f.sku.toUpperCase() === l.sku.toUpperCase());
    return !p || !p.active ? [{ field: `lines.${i}.sku`, message: `No orderable product ${l.sku}.` }] : [];
  });
  if (errors.length) throw new ApiProblem("validation", undefined, { errors });
  return lines.map((l) => {
    const p = found.find((f) => f.sku.toUpperCase() === l.sku.toUpperCase())!;
    return { productId: p.id, sku: p.sku, name: p.name, unit: p.unit, quantity: l.quantity, listPriceCents: p.listPriceCents, unitPriceCents: l.unitPriceCents ?? p.unitPriceCents };
  });
}

/**
 * A procurement system places an order (the same rules as the portal's
 * checkout: the account's prices, PO requirement, credit hold), or — with a
 * staff token and `placedAt` — the ERP imports a historical order as it was.
 */
async function createOrder(actor: ApiActor, body: z.infer<typeof orderInput>) {
  const account = await resolveAccount(actor, body.accountId);
  const historical = body.placedAt !== undefined || body.status !== undefined;
  if (historical) {
    staffOnly(actor);
    if (!body.placedAt) throw new ApiProblem("validation", undefined, { errors: [{ field: "placedAt", message: "A historical order needs placedAt." }] });
  } else if (body.lines.some((l) => l.unitPriceCents !== undefined)) {
    throw new ApiProblem("validation", undefined, { errors: [{ field: "lines", message: "Prices are set by the account's price agreements; unitPriceCents is for historical imports only." }] });
  }
  const db = getDb();
  const lines = await priceLines(account.id, body.lines);
  const placer = await accountActor(account.id, body.placedByContactId, "placedByContactId", { required: false });
  const [address] = await db
    .select()
    .from(accountAddresses)
    .where(and(eq(accountAddresses.accountId, account.id), eq(accountAddresses.kind, "shipping"), body.shippingAddressId ? eq(accountAddresses.id, body.shippingAddressId) : undefined))
    .orderBy(desc(accountAddresses.isDefault))
    .limit(1);
  if (!address) throw new ApiProblem("validation", undefined, { errors: [{ field: "shippingAddressId", message: "The account has no such shipping address." }] });

  if (!historical) {
    const result = await db.transaction((tx) => insertOrder(tx, placer, { lines, currency: account.currency, shippingAddressId: address.id, poNumber: body.poNumber ?? null, requestedDeliveryDate: body.requestedDeliveryDate ?? null, notes: body.notes ?? null, source: "api" }));
    if (!result.ok) throw new ApiProblem("validation", undefined, { errors: Object.entries(result.errors).map(([field, message]) => ({ field, message: String(message) })) });
    return getApiOrder(actor, result.order.id);
  }

  const placedAt = new Date(body.placedAt!);
  const status = body.status ?? "delivered";
  const totals = totalsFor(lines.reduce((s, l) => s + l.unitPriceCents * l.quantity, 0));
  const snapshot = { label: address.label, company: address.company, line1: address.line1, line2: address.line2, city: address.city, region: address.region, postalCode: address.postalCode, country: address.country };
  const id = await db.transaction(async (tx) => {
    const [order] = await tx
      .insert(orders)
      .values({ number: sql`'SO-' || nextval('order_number_seq')`, accountId: account.id, placedByContactId: placer.contactId ?? null, status, source: "import", poNumber: body.poNumber ?? null, shippingAddress: snapshot, currency: account.currency, ...totals, notes: body.notes ?? null, placedAt, createdAt: placedAt, cancelledAt: status === "cancelled" ? placedAt : null })
      .returning();
    await tx.insert(orderLines).values(lines.map((l, i) => ({ accountId: account.id, orderId: order.id, lineNumber: i + 1, ...l, lineTotalCents: l.unitPriceCents * l.quantity })));
    await tx.insert(orderEvents).values({ accountId: account.id, orderId: order.id, fromStatus: null, toStatus: status, note: "Imported", occurredAt: placedAt });
    await recordActivity(tx, { accountId: account.id, contactId: placer.contactId ?? null, type: "order_placed", direction: "inbound", subject: `Order ${order.number} placed`, body: `Imported: ${lines.length} line${lines.length === 1 ? "" : "s"}`, entityType: "order", entityId: order.id, occurredAt: placedAt, source: "api" });
    await queueSearchSync(tx, "order", [order.id]);
    await emitEvent(tx, "order.created", { orderId: order.id, number: order.number, accountId: account.id, status, totalCents: totals.totalCents, currency: account.currency, imported: true });
    return order.id;
  });
  return getApiOrder(actor, id);
}

export const orderWriteOperations = [
  operation({ method: "post", path: "/orders", scope: "orders:write", tag: "Orders", summary: "Place an order, or import a historical one", body: orderInput, response: Order, handler: ({ actor, body }) => createOrder(actor, body) }),
  operation({
    method: "patch",
    path: "/orders/{id}",
    scope: "orders:write",
    tag: "Orders",
    summary: "Move an order's status (staff tokens), with carrier and tracking number when shipped",
    params: z.object({ id: z.string().max(60) }),
    body: z.object({ status: z.enum(ORDER_STATUSES), carrier: z.string().max(60).optional(), trackingNumber: z.string().max(80).optional(), note: z.string().max(1000).optional() }).strict().openapi("OrderStatusChange"),
    response: Order,
    handler: async ({ actor, params, body }) => {
      staffOnly(actor);
      const order = await getApiOrder(actor, params.id);
      await changeOrderStatus(apiStaffActor(actor), order.number, { to: body.status, carrier: body.carrier, trackingNumber: body.trackingNumber, note: body.note ?? null });
      return getApiOrder(actor, order.id);
    },
  }),
];
