import { and, asc, eq, inArray } from "drizzle-orm";
import { z } from "../zod";
import { getDb } from "~db/client";
import { orderEvents, orderLines, orders, productCategories, products, shipments } from "~db/schema";
import type { ApiActor } from "~/auth/actor";
import { ApiProblem } from "../problem";
import { keyset, listQuery, page } from "../pagination";
import { operation } from "../router.server";
import { ownAccount } from "./scope";

const ORDER_STATUSES = ["pending_approval", "submitted", "on_hold", "confirmed", "picking", "shipped", "delivered", "cancelled", "rejected"] as const;

const Product = z
  .object({
    id: z.string().uuid(),
    sku: z.string(),
    name: z.string(),
    description: z.string(),
    category: z.string(),
    unit: z.string(),
    listPriceCents: z.number().int(),
    currency: z.string(),
    stockStatus: z.enum(["in_stock", "low_stock", "out_of_stock", "discontinued"]),
    stockQuantity: z.number().int(),
    leadTimeDays: z.number().int(),
    minOrderQuantity: z.number().int(),
    active: z.boolean(),
    updatedAt: z.date(),
  })
  .openapi("Product");

const OrderLine = z.object({ lineNumber: z.number().int(), productId: z.string().uuid().nullable(), sku: z.string(), name: z.string(), quantity: z.number().int(), unitPriceCents: z.number().int(), lineTotalCents: z.number().int() }).openapi("OrderLine");
const OrderEvent = z.object({ fromStatus: z.enum(ORDER_STATUSES).nullable(), toStatus: z.enum(ORDER_STATUSES), note: z.string().nullable(), occurredAt: z.date() }).openapi("OrderEvent");
export const Order = z
  .object({
    id: z.string().uuid(),
    number: z.string(),
    accountId: z.string().uuid(),
    status: z.enum(ORDER_STATUSES),
    source: z.string(),
    poNumber: z.string().nullable(),
    currency: z.string(),
    subtotalCents: z.number().int(),
    shippingCents: z.number().int(),
    taxCents: z.number().int(),
    totalCents: z.number().int(),
    placedAt: z.date(),
    updatedAt: z.date(),
    lines: z.array(OrderLine).optional(),
    events: z.array(OrderEvent).optional(),
    shipments: z.array(z.object({ carrier: z.string(), trackingNumber: z.string().nullable(), trackingUrl: z.string().nullable(), shippedAt: z.date().nullable() })).optional(),
  })
  .openapi("Order");

const productColumns = { id: products.id, sku: products.sku, name: products.name, description: products.description, category: productCategories.name, unit: products.unit, listPriceCents: products.listPriceCents, currency: products.currency, stockStatus: products.stockStatus, stockQuantity: products.stockQuantity, leadTimeDays: products.leadTimeDays, minOrderQuantity: products.minOrderQuantity, active: products.active, updatedAt: products.updatedAt };
const orderColumns = { id: orders.id, number: orders.number, accountId: orders.accountId, status: orders.status, source: orders.source, poNumber: orders.poNumber, currency: orders.currency, subtotalCents: orders.subtotalCents, shippingCents: orders.shippingCents, taxCents: orders.taxCents, totalCents: orders.totalCents, placedAt: orders.placedAt, updatedAt: orders.updatedAt };

/** Orders with their lines (and, for one order, events and shipments), read in one query per kind. */
async function withLines<T extends { id: string }>(rows: T[]) {
  if (!rows.length) return [];
  const lines = await getDb()
    .select({ orderId: orderLines.orderId, lineNumber: orderLines.lineNumber, productId: orderLines.productId, sku: orderLines.sku, name: orderLines.name, quantity: orderLines.quantity, unitPriceCents: orderLines.unitPriceCents, lineTotalCents: orderLines.lineTotalCents })
    .from(orderLines)
    .where(inArray(orderLines.orderId, rows.map((r) => r.id)))
    .orderBy(asc(orderLines.orderId), asc(orderLines.lineNumber));
  return rows.map((r) => ({ ...r, lines: lines.filter((l) => l.orderId === r.id).map(({ orderId: _o, ...l }) => l) }));
}

export async function getApiOrder(actor: ApiActor, idOrNumber: string) {
  const db = getDb();
  const byId = /^[0-9a-f-]{36}$/i.test(idOrNumber);
  const [row] = await db.select(orderColumns).from(orders).where(and(byId ? eq(orders.id, idOrNumber) : eq(orders.number, idOrNumber.toUpperCase()), ownAccount(actor, orders.accountId))).limit(1);
  if (!row) throw new ApiProblem("not-found");
  const [[withL], events, sent] = await Promise.all([
    withLines([row]),
    db.select({ fromStatus: orderEvents.fromStatus, toStatus: orderEvents.toStatus, note: orderEvents.note, occurredAt: orderEvents.occurredAt }).from(orderEvents).where(eq(orderEvents.orderId, row.id)).orderBy(asc(orderEvents.occurredAt)),
    db.select({ carrier: shipments.carrier, trackingNumber: shipments.trackingNumber, trackingUrl: shipments.trackingUrl, shippedAt: shipments.shippedAt }).from(shipments).where(eq(shipments.orderId, row.id)),
  ]);
  return { ...withL, events, shipments: sent };
}

export const commerceOperations = [
  operation({
    method: "get",
    path: "/products",
    scope: "products:read",
    tag: "Catalog",
    summary: "List products",
    query: listQuery.extend({ sku: z.string().optional(), active: z.enum(["true", "false"]).optional() }),
    response: Product,
    list: true,
    handler: async ({ query }) => {
      const k = keyset(products.updatedAt, products.id, query);
      const rows = await getDb()
        .select(productColumns)
        .from(products)
        .innerJoin(productCategories, eq(productCategories.id, products.categoryId))
        .where(and(k.where, query.sku ? eq(products.sku, query.sku.toUpperCase()) : undefined, query.active ? eq(products.active, query.active === "true") : undefined))
        .orderBy(...k.orderBy)
        .limit(query.limit + 1);
      return page(rows, query.limit);
    },
  }),
  operation({
    method: "get",
    path: "/products/{id}",
    scope: "products:read",
    tag: "Catalog",
    summary: "Get a product",
    params: z.object({ id: z.string().uuid() }),
    response: Product,
    handler: async ({ params }) => {
      const [row] = await getDb().select(productColumns).from(products).innerJoin(productCategories, eq(productCategories.id, products.categoryId)).where(eq(products.id, params.id)).limit(1);
      if (!row) throw new ApiProblem("not-found");
      return row;
    },
  }),
  operation({
    method: "get",
    path: "/orders",
    scope: "orders:read",
    tag: "Orders",
    summary: "List orders, with their lines",
    description: "A customer token sees its own account's orders only.",
    query: listQuery.extend({ accountId: z.string().uuid().optional(), status: z.enum(ORDER_STATUSES).optional() }),
    response: Order,
    list: true,
    handler: async ({ actor, query }) => {
      const k = keyset(orders.updatedAt, orders.id, query);
      const rows = await getDb()
        .select(orderColumns)
        .from(orders)
        .where(and(k.where, ownAccount(actor, orders.accountId), query.accountId ? eq(orders.accountId, query.accountId) : undefined, query.status ? eq(orders.status, query.status) : undefined))
        .orderBy(...k.orderBy)
        .limit(query.limit + 1);
      const result = page(rows, query.limit);
      return { data: await withLines(result.data), nextCursor: result.nextCursor };
    },
  }),
  operation({
    method: "get",
    path: "/orders/{id}",
    scope: "orders:read",
    tag: "Orders",
    summary: "Get an order (by id or number) with lines, events and shipments",
    params: z.object({ id: z.string().max(60) }),
    response: Order,
    handler: ({ actor, params }) => getApiOrder(actor, params.id),
  }),
];
