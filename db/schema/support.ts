import { relations, sql } from "drizzle-orm";
import { boolean, date, index, integer, jsonb, pgEnum, pgTable, smallint, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { createdAt, id, timestamps, tstz } from "./columns";
import { accounts, accountTier, contacts } from "./accounts";
import { users } from "./identity";
import { orderLines, orders } from "./orders";

export const ticketStatus = pgEnum("ticket_status", ["new", "open", "pending_customer", "on_hold", "solved", "closed"]);
export const ticketPriority = pgEnum("ticket_priority", ["low", "normal", "high", "urgent"]);
export const ticketCategory = pgEnum("ticket_category", [
  "order_issue",
  "delivery",
  "invoice",
  "returns",
  "product_question",
  "technical",
  "account",
  "other",
]);
export const ticketChannel = pgEnum("ticket_channel", ["portal", "email", "phone", "api"]);
export const messageVisibility = pgEnum("message_visibility", ["public", "internal"]);

/** Opening hours that SLA clocks run in, with holidays. */
export const businessCalendars = pgTable(
  "business_calendars",
  {
    id: id(),
    name: text().notNull(),
    timezone: text().notNull(),
    /** Per ISO weekday (1 = Monday … 7 = Sunday): [["08:00","18:00"]] or [] when closed. */
    weeklyHours: jsonb().$type<Record<string, [string, string][]>>().notNull(),
    /** A 24×7 calendar ignores weeklyHours and holidays. */
    alwaysOpen: boolean().notNull().default(false),
    ...timestamps,
  },
  (t) => [uniqueIndex("business_calendars_name_key").on(t.name)],
);

export const holidays = pgTable(
  "holidays",
  {
    id: id(),
    calendarId: uuid()
      .notNull()
      .references(() => businessCalendars.id, { onDelete: "cascade" }),
    date: date({ mode: "string" }).notNull(),
    name: text().notNull(),
  },
  (t) => [uniqueIndex("holidays_calendar_date_key").on(t.calendarId, t.date)],
);

/** Entitlement: response and resolution targets per contract tier × priority. */
export const slaPolicies = pgTable(
  "sla_policies",
  {
    id: id(),
    tier: accountTier().notNull(),
    priority: ticketPriority().notNull(),
    firstResponseMinutes: integer().notNull(),
    resolutionMinutes: integer().notNull(),
    calendarId: uuid()
      .notNull()
      .references(() => businessCalendars.id),
    /** Stop the clock while the ticket waits for the customer. */
    pauseWhenPendingCustomer: boolean().notNull().default(true),
    ...timestamps,
  },
  (t) => [uniqueIndex("sla_policies_tier_priority_key").on(t.tier, t.priority)],
);

export const tickets = pgTable(
  "tickets",
  {
    id: id(),
    number: integer().notNull(),
    accountId: uuid()
      .notNull()
      .references(() => accounts.id, { onDelete: "cascade" }),
    requesterContactId: uuid().references(() => contacts.id, { onDelete: "set null" }),
    subject: text().notNull(),
    category: ticketCategory().notNull().default("other"),
    priority: ticketPriority().notNull().default("normal"),
    status: ticketStatus().notNull().default("new"),
    channel: ticketChannel().notNull().default("portal"),
    assigneeId: uuid().references(() => users.id, { onDelete: "set null" }),
    orderId: uuid().references(() => orders.id, { onDelete: "set null" }),
    orderLineId: uuid().references(() => orderLines.id, { onDelete: "set null" }),
    /** Buyers and requesters may share a ticket with everyone at their account. */
    sharedWithAccount: boolean().notNull().default(false),
    slaPolicyId: uuid().references(() => slaPolicies.id, { onDelete: "set null" }),
    firstResponseDueAt: tstz(),
    resolutionDueAt: tstz(),
    firstRespondedAt: tstz(),
    firstResponseBreachedAt: tstz(),
    resolutionBreachedAt: tstz(),
    nearBreachNotifiedAt: tstz(),
    /** Business minutes the SLA clock has been paused (pending customer). */
    slaPausedMinutes: integer().notNull().default(0),
    slaPausedSince: tstz(),
    solvedAt: tstz(),
    closedAt: tstz(),
    mergedIntoTicketId: uuid(),
    /** SHA-256 of the token in the one-click rating links of the "solved" e-mail. */
    ratingTokenHash: text(),
    satisfactionRating: smallint(),
    satisfactionComment: text(),
    ratedAt: tstz(),
    lastActivityAt: tstz().notNull().defaultNow(),
    ...timestamps,
  },
  (t) => [
    uniqueIndex("tickets_number_key").on(t.number),
    index("tickets_account_idx").on(t.accountId, t.createdAt.desc().nullsFirst()),
    index("tickets_assignee_idx").on(t.assigneeId),
    index("tickets_status_idx").on(t.status),
    index("tickets_resolution_due_idx")
      .on(t.resolutionDueAt)
      .where(sql`${t.status} not in ('solved','closed')`),
    index("tickets_subject_trgm_idx").using("gin", sql`${t.subject} gin_trgm_ops`),
    uniqueIndex("tickets_rating_token_key").on(t.ratingTokenHash),
  ],
);

export const ticketMessages = pgTable(
  "ticket_messages",
  {
    id: id(),
    accountId: uuid()
      .notNull()
      .references(() => accounts.id, { onDelete: "cascade" }),
    ticketId: uuid()
      .notNull()
      .references(() => tickets.id, { onDelete: "cascade" }),
    authorUserId: uuid().references(() => users.id, { onDelete: "set null" }),
    /** Public replies reach the customer; internal notes never do. */
    visibility: messageVisibility().notNull().default("public"),
    body: text().notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("ticket_messages_account_idx").on(t.accountId), index("ticket_messages_ticket_idx").on(t.ticketId, t.createdAt)],
);

export const ticketAttachments = pgTable(
  "ticket_attachments",
  {
    id: id(),
    accountId: uuid()
      .notNull()
      .references(() => accounts.id, { onDelete: "cascade" }),
    ticketId: uuid()
      .notNull()
      .references(() => tickets.id, { onDelete: "cascade" }),
    messageId: uuid().references(() => ticketMessages.id, { onDelete: "cascade" }),
    fileName: text().notNull(),
    contentType: text().notNull(),
    sizeBytes: integer().notNull(),
    /** Where the bytes are kept (a key in the attachment store), never a user-supplied path. */
    storageKey: text().notNull(),
    sha256: text().notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("ticket_attachments_account_idx").on(t.accountId), index("ticket_attachments_ticket_idx").on(t.ticketId)],
);

/** Canned replies for agents, with {{placeholders}}. */
export const macros = pgTable(
  "macros",
  {
    id: id(),
    name: text().notNull(),
    body: text().notNull(),
    setStatus: ticketStatus(),
    createdByUserId: uuid().references(() => users.id, { onDelete: "set null" }),
    ...timestamps,
  },
  (t) => [uniqueIndex("macros_name_key").on(t.name)],
);

export const ticketsRelations = relations(tickets, ({ one, many }) => ({
  account: one(accounts, { fields: [tickets.accountId], references: [accounts.id] }),
  requester: one(contacts, { fields: [tickets.requesterContactId], references: [contacts.id] }),
  assignee: one(users, { fields: [tickets.assigneeId], references: [users.id] }),
  order: one(orders, { fields: [tickets.orderId], references: [orders.id] }),
  slaPolicy: one(slaPolicies, { fields: [tickets.slaPolicyId], references: [slaPolicies.id] }),
  messages: many(ticketMessages),
  attachments: many(ticketAttachments),
}));

export const ticketMessagesRelations = relations(ticketMessages, ({ one }) => ({
  ticket: one(tickets, { fields: [ticketMessages.ticketId], references: [tickets.id] }),
  author: one(users, { fields: [ticketMessages.authorUserId], references: [users.id] }),
}));

export const ticketAttachmentsRelations = relations(ticketAttachments, ({ one }) => ({
  ticket: one(tickets, { fields: [ticketAttachments.ticketId], references: [tickets.id] }),
}));

export const slaPoliciesRelations = relations(slaPolicies, ({ one }) => ({
  calendar: one(businessCalendars, { fields: [slaPolicies.calendarId], references: [businessCalendars.id] }),
}));

export const businessCalendarsRelations = relations(businessCalendars, ({ many }) => ({
  holidays: many(holidays),
}));

export const holidaysRelations = relations(holidays, ({ one }) => ({
  calendar: one(businessCalendars, { fields: [holidays.calendarId], references: [businessCalendars.id] }),
}));
