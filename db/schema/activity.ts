import { relations } from "drizzle-orm";
import { index, integer, jsonb, pgEnum, pgTable, text, uuid } from "drizzle-orm/pg-core";
import { createdAt, id, tstz } from "./columns";
import { accounts, contacts } from "./accounts";
import { users } from "./identity";

/** Every touchpoint with a customer, one row each: the customer record's timeline. */
export const activityType = pgEnum("activity_type", [
  "order_placed",
  "order_status",
  "quote",
  "ticket_opened",
  "ticket_reply",
  "ticket_status",
  "email",
  "call",
  "meeting",
  "note",
  "portal_sign_in",
  "opportunity_stage",
  "task_completed",
]);
export const activityDirection = pgEnum("activity_direction", ["inbound", "outbound"]);

export const activities = pgTable(
  "activities",
  {
    id: id(),
    accountId: uuid()
      .notNull()
      .references(() => accounts.id, { onDelete: "cascade" }),
    contactId: uuid().references(() => contacts.id, { onDelete: "set null" }),
    /** Who did it: a staff member (call, note) or a customer user (sign-in, order). */
    actorUserId: uuid().references(() => users.id, { onDelete: "set null" }),
    type: activityType().notNull(),
    direction: activityDirection(),
    subject: text().notNull(),
    body: text(),
    durationMinutes: integer(),
    /** The record this touchpoint is about, e.g. ("order", id). */
    entityType: text(),
    entityId: uuid(),
    /** Where it came from when an external system logged it via the API. */
    source: text().notNull().default("accord"),
    metadata: jsonb().$type<Record<string, unknown>>(),
    occurredAt: tstz().notNull().defaultNow(),
    createdAt: createdAt(),
  },
  (t) => [
    // The timeline's keyset: newest first, ties broken by id.
    index("activities_account_occurred_idx").on(t.accountId, t.occurredAt.desc().nullsFirst(), t.id.desc().nullsFirst()),
    index("activities_contact_idx").on(t.contactId),
    index("activities_entity_idx").on(t.entityType, t.entityId),
  ],
);

export const activitiesRelations = relations(activities, ({ one }) => ({
  account: one(accounts, { fields: [activities.accountId], references: [accounts.id] }),
  contact: one(contacts, { fields: [activities.contactId], references: [contacts.id] }),
  actor: one(users, { fields: [activities.actorUserId], references: [users.id] }),
}));
