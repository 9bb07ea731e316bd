import { relations } from "drizzle-orm";
import { char, date, index, integer, pgEnum, pgTable, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { id, money, timestamps, tstz } from "./columns";
import { accounts, contacts } from "./accounts";
import { products } from "./catalog";
import { users } from "./identity";
import { orders } from "./orders";

/** requested → priced (sent to the customer) → accepted | declined | expired; cancelled by staff. */
export const quoteStatus = pgEnum("quote_status", ["requested", "priced", "accepted", "declined", "expired", "cancelled"]);

export const quotes = pgTable(
  "quotes",
  {
    id: id(),
    number: text().notNull(),
    accountId: uuid()
      .notNull()
      .references(() => accounts.id, { onDelete: "cascade" }),
    requestedByContactId: uuid().references(() => contacts.id, { onDelete: "set null" }),
    status: quoteStatus().notNull().default("requested"),
    customerMessage: text(),
    staffMessage: text(),
    currency: char({ length: 3 }).notNull().default("USD"),
    subtotalCents: money().notNull().default(0),
    totalCents: money().notNull().default(0),
    validUntil: date({ mode: "string" }),
    pricedByUserId: uuid().references(() => users.id, { onDelete: "set null" }),
    pricedAt: tstz(),
    acceptedAt: tstz(),
    declinedAt: tstz(),
    declineReason: text(),
    orderId: uuid().references(() => orders.id, { onDelete: "set null" }),
    ...timestamps,
  },
  (t) => [
    uniqueIndex("quotes_number_key").on(t.number),
    index("quotes_account_idx").on(t.accountId, t.createdAt.desc().nullsFirst()),
    index("quotes_status_idx").on(t.status),
  ],
);

export const quoteLines = pgTable(
  "quote_lines",
  {
    id: id(),
    accountId: uuid()
      .notNull()
      .references(() => accounts.id, { onDelete: "cascade" }),
    quoteId: uuid()
      .notNull()
      .references(() => quotes.id, { onDelete: "cascade" }),
    productId: uuid().references(() => products.id, { onDelete: "set null" }),
    lineNumber: integer().notNull(),
    sku: text().notNull(),
    name: text().notNull(),
    unit: text().notNull(),
    quantity: integer().notNull(),
    /** The customer's own price when the quote was requested, for comparison. */
    listPriceCents: money().notNull(),
    /** Null until staff price the line. */
    unitPriceCents: money(),
    lineTotalCents: money(),
  },
  (t) => [index("quote_lines_account_idx").on(t.accountId), index("quote_lines_quote_idx").on(t.quoteId)],
);

export const quotesRelations = relations(quotes, ({ one, many }) => ({
  account: one(accounts, { fields: [quotes.accountId], references: [accounts.id] }),
  requestedBy: one(contacts, { fields: [quotes.requestedByContactId], references: [contacts.id] }),
  order: one(orders, { fields: [quotes.orderId], references: [orders.id] }),
  lines: many(quoteLines),
}));

export const quoteLinesRelations = relations(quoteLines, ({ one }) => ({
  quote: one(quotes, { fields: [quoteLines.quoteId], references: [quotes.id] }),
}));
