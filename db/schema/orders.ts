import { relations, sql } from "drizzle-orm";
import { char, date, index, integer, jsonb, pgEnum, pgTable, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { createdAt, id, money, timestamps, tstz } from "./columns";
import { accounts, contacts } from "./accounts";
import { products } from "./catalog";
import { users } from "./identity";

export const orderStatus = pgEnum("order_status", [
  "pending_approval",
  "submitted",
  "on_hold",
  "confirmed",
  "picking",
  "shipped",
  "delivered",
  "cancelled",
  "rejected",
]);
export const holdReason = pgEnum("hold_reason", ["credit", "stock", "review"]);
export const orderSource = pgEnum("order_source", ["portal", "quote", "api", "import", "desk"]);

/** An address copied onto an order when it is placed, so later edits never rewrite history. */
export type AddressSnapshot = {
  label?: string;
  company?: string | null;
  line1: string;
  line2?: string | null;
  city: string;
  region?: string | null;
  postalCode: string;
  country: string;
};

/** One server-side cart per customer user; it survives sign-out. */
export const carts = pgTable(
  "carts",
  {
    id: id(),
    accountId: uuid()
      .notNull()
      .references(() => accounts.id, { onDelete: "cascade" }),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    ...timestamps,
  },
  (t) => [index("carts_account_idx").on(t.accountId), uniqueIndex("carts_user_key").on(t.userId)],
);

export const cartLines = pgTable(
  "cart_lines",
  {
    id: id(),
    accountId: uuid()
      .notNull()
      .references(() => accounts.id, { onDelete: "cascade" }),
    cartId: uuid()
      .notNull()
      .references(() => carts.id, { onDelete: "cascade" }),
    productId: uuid()
      .notNull()
      .references(() => products.id, { onDelete: "cascade" }),
    quantity: integer().notNull(),
    ...timestamps,
  },
  (t) => [index("cart_lines_account_idx").on(t.accountId), uniqueIndex("cart_lines_cart_product_key").on(t.cartId, t.productId)],
);

export const orders = pgTable(
  "orders",
  {
    id: id(),
    number: text().notNull(),
    accountId: uuid()
      .notNull()
      .references(() => accounts.id, { onDelete: "cascade" }),
    placedByContactId: uuid().references(() => contacts.id, { onDelete: "set null" }),
    status: orderStatus().notNull().default("submitted"),
    holdReason: holdReason(),
    source: orderSource().notNull().default("portal"),
    poNumber: text(),
    requestedDeliveryDate: date({ mode: "string" }),
    shippingAddress: jsonb().$type<AddressSnapshot>().notNull(),
    billingAddress: jsonb().$type<AddressSnapshot>(),
    currency: char({ length: 3 }).notNull().default("USD"),
    subtotalCents: money().notNull(),
    shippingCents: money().notNull().default(0),
    taxCents: money().notNull().default(0),
    totalCents: money().notNull(),
    notes: text(),
    /** Client-supplied key: a repeated placement with the same key returns the first order. */
    idempotencyKey: text(),
    quoteId: uuid(),
    approvedByUserId: uuid().references(() => users.id, { onDelete: "set null" }),
    approvedAt: tstz(),
    rejectionReason: text(),
    cancelledAt: tstz(),
    cancellationReason: text(),
    placedAt: tstz().notNull().defaultNow(),
    ...timestamps,
  },
  (t) => [
    uniqueIndex("orders_number_key").on(t.number),
    index("orders_account_placed_idx").on(t.accountId, t.placedAt.desc().nullsFirst()),
    index("orders_status_idx").on(t.status),
    index("orders_po_number_idx").on(t.accountId, t.poNumber),
    uniqueIndex("orders_idempotency_key").on(t.accountId, t.idempotencyKey),
    index("orders_updated_idx").on(t.updatedAt),
    index("orders_open_idx")
      .on(t.accountId)
      .where(sql`${t.status} in ('pending_approval','submitted','on_hold','confirmed','picking','shipped')`),
  ],
);

export const orderLines = pgTable(
  "order_lines",
  {
    id: id(),
    accountId: uuid()
      .notNull()
      .references(() => accounts.id, { onDelete: "cascade" }),
    orderId: uuid()
      .notNull()
      .references(() => orders.id, { onDelete: "cascade" }),
    productId: uuid().references(() => products.id, { onDelete: "set null" }),
    lineNumber: integer().notNull(),
    sku: text().notNull(),
    name: text().notNull(),
    unit: text().notNull(),
    quantity: integer().notNull(),
    listPriceCents: money().notNull(),
    unitPriceCents: money().notNull(),
    lineTotalCents: money().notNull(),
  },
  (t) => [
    index("order_lines_account_idx").on(t.accountId),
    index("order_lines_order_idx").on(t.orderId),
    index("order_lines_product_idx").on(t.productId),
  ],
);

/** Every status change of an order, in order; the order's timeline. */
export const orderEvents = pgTable(
  "order_events",
  {
    id: id(),
    accountId: uuid()
      .notNull()
      .references(() => accounts.id, { onDelete: "cascade" }),
    orderId: uuid()
      .notNull()
      .references(() => orders.id, { onDelete: "cascade" }),
    fromStatus: orderStatus(),
    toStatus: orderStatus().notNull(),
    note: text(),
    actorUserId: uuid().references(() => users.id, { onDelete: "set null" }),
    occurredAt: tstz().notNull().defaultNow(),
  },
  (t) => [index("order_events_account_idx").on(t.accountId), index("order_events_order_idx").on(t.orderId, t.occurredAt)],
);

export const shipments = pgTable(
  "shipments",
  {
    id: id(),
    accountId: uuid()
      .notNull()
      .references(() => accounts.id, { onDelete: "cascade" }),
    orderId: uuid()
      .notNull()
      .references(() => orders.id, { onDelete: "cascade" }),
    carrier: text().notNull(),
    trackingNumber: text().notNull(),
    trackingUrl: text(),
    shippedAt: tstz().notNull(),
    deliveredAt: tstz(),
    createdAt: createdAt(),
  },
  (t) => [index("shipments_account_idx").on(t.accountId), index("shipments_order_idx").on(t.orderId)],
);

export const ordersRelations = relations(orders, ({ one, many }) => ({
  account: one(accounts, { fields: [orders.accountId], references: [accounts.id] }),
  placedBy: one(contacts, { fields: [orders.placedByContactId], references: [contacts.id] }),
  lines: many(orderLines),
  events: many(orderEvents),
  shipments: many(shipments),
}));

export const orderLinesRelations = relations(orderLines, ({ one }) => ({
  order: one(orders, { fields: [orderLines.orderId], references: [orders.id] }),
  product: one(products, { fields: [orderLines.productId], references: [products.id] }),
}));

export const orderEventsRelations = relations(orderEvents, ({ one }) => ({
  order: one(orders, { fields: [orderEvents.orderId], references: [orders.id] }),
}));

export const shipmentsRelations = relations(shipments, ({ one }) => ({
  order: one(orders, { fields: [shipments.orderId], references: [orders.id] }),
}));

export const cartsRelations = relations(carts, ({ many }) => ({
  lines: many(cartLines),
}));

export const cartLinesRelations = relations(cartLines, ({ one }) => ({
  cart: one(carts, { fields: [cartLines.cartId], references: [carts.id] }),
  product: one(products, { fields: [cartLines.productId], references: [products.id] }),
}));
