import { relations, sql } from "drizzle-orm";
import { char, date, index, pgEnum, pgTable, smallint, text, uuid } from "drizzle-orm/pg-core";
import { id, money, timestamps, tstz } from "./columns";
import { accounts, contacts } from "./accounts";
import { users } from "./identity";
import { orders } from "./orders";
import { quotes } from "./quotes";
import { tickets } from "./support";

export const opportunityStage = pgEnum("opportunity_stage", [
  "prospecting",
  "qualification",
  "proposal",
  "negotiation",
  "won",
  "lost",
]);
export const taskStatus = pgEnum("task_status", ["open", "done", "cancelled"]);
export const taskPriority = pgEnum("task_priority", ["low", "normal", "high"]);

export const opportunities = pgTable(
  "opportunities",
  {
    id: id(),
    accountId: uuid()
      .notNull()
      .references(() => accounts.id, { onDelete: "cascade" }),
    contactId: uuid().references(() => contacts.id, { onDelete: "set null" }),
    ownerId: uuid().references(() => users.id, { onDelete: "set null" }),
    name: text().notNull(),
    stage: opportunityStage().notNull().default("prospecting"),
    amountCents: money().notNull().default(0),
    currency: char({ length: 3 }).notNull().default("USD"),
    /** 0–100 %; defaults from the stage, editable. */
    probability: smallint().notNull().default(10),
    expectedCloseDate: date({ mode: "string" }).notNull(),
    closedAt: tstz(),
    lostReason: text(),
    /** A won opportunity links to what it turned into. */
    orderId: uuid().references(() => orders.id, { onDelete: "set null" }),
    quoteId: uuid().references(() => quotes.id, { onDelete: "set null" }),
    description: text(),
    ...timestamps,
  },
  (t) => [
    index("opportunities_account_idx").on(t.accountId),
    index("opportunities_owner_stage_idx").on(t.ownerId, t.stage),
    index("opportunities_close_idx").on(t.expectedCloseDate),
  ],
);

export const tasks = pgTable(
  "tasks",
  {
    id: id(),
    accountId: uuid()
      .notNull()
      .references(() => accounts.id, { onDelete: "cascade" }),
    contactId: uuid().references(() => contacts.id, { onDelete: "set null" }),
    opportunityId: uuid().references(() => opportunities.id, { onDelete: "set null" }),
    ticketId: uuid().references(() => tickets.id, { onDelete: "set null" }),
    assigneeId: uuid().references(() => users.id, { onDelete: "set null" }),
    createdByUserId: uuid().references(() => users.id, { onDelete: "set null" }),
    title: text().notNull(),
    notes: text(),
    priority: taskPriority().notNull().default("normal"),
    status: taskStatus().notNull().default("open"),
    dueAt: tstz(),
    completedAt: tstz(),
    ...timestamps,
  },
  (t) => [
    index("tasks_account_idx").on(t.accountId),
    index("tasks_assignee_due_idx")
      .on(t.assigneeId, t.dueAt)
      .where(sql`${t.status} = 'open'`),
  ],
);

export const opportunitiesRelations = relations(opportunities, ({ one, many }) => ({
  account: one(accounts, { fields: [opportunities.accountId], references: [accounts.id] }),
  owner: one(users, { fields: [opportunities.ownerId], references: [users.id] }),
  contact: one(contacts, { fields: [opportunities.contactId], references: [contacts.id] }),
  tasks: many(tasks),
}));

export const tasksRelations = relations(tasks, ({ one }) => ({
  account: one(accounts, { fields: [tasks.accountId], references: [accounts.id] }),
  assignee: one(users, { fields: [tasks.assigneeId], references: [users.id] }),
  opportunity: one(opportunities, { fields: [tasks.opportunityId], references: [opportunities.id] }),
}));
