import { relations, sql } from "drizzle-orm";
import { boolean, char, date, index, pgEnum, pgTable, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { id, money, timestamps, tstz } from "./columns";
import { users } from "./identity";
import { priceLists } from "./catalog";

/** Contract tier: drives SLA entitlements and price lists. */
export const accountTier = pgEnum("account_tier", ["platinum", "gold", "silver", "bronze"]);
export const accountStatus = pgEnum("account_status", ["active", "on_hold", "closed"]);
export const paymentTerms = pgEnum("payment_terms", ["prepaid", "net_15", "net_30", "net_45", "net_60"]);
export const portalRole = pgEnum("portal_role", ["admin", "buyer", "requester"]);
export const addressKind = pgEnum("address_kind", ["shipping", "billing"]);

/** A business customer (company). */
export const accounts = pgTable(
  "accounts",
  {
    id: id(),
    number: text().notNull(),
    name: text().notNull(),
    domain: text(),
    industry: text().notNull(),
    tier: accountTier().notNull().default("bronze"),
    status: accountStatus().notNull().default("active"),
    ownerId: uuid().references(() => users.id, { onDelete: "set null" }),
    priceListId: uuid().references(() => priceLists.id, { onDelete: "set null" }),
    currency: char({ length: 3 }).notNull().default("USD"),
    creditLimitCents: money().notNull().default(0),
    paymentTerms: paymentTerms().notNull().default("net_30"),
    poRequired: boolean().notNull().default(false),
    phone: text(),
    website: text(),
    customerSince: date({ mode: "string" }),
    notes: text(),
    ...timestamps,
  },
  (t) => [
    uniqueIndex("accounts_number_key").on(t.number),
    index("accounts_owner_idx").on(t.ownerId),
    index("accounts_tier_idx").on(t.tier),
    index("accounts_name_trgm_idx").using("gin", sql`${t.name} gin_trgm_ops`),
    index("accounts_domain_idx").on(t.domain),
  ],
);

export const accountAddresses = pgTable(
  "account_addresses",
  {
    id: id(),
    accountId: uuid()
      .notNull()
      .references(() => accounts.id, { onDelete: "cascade" }),
    kind: addressKind().notNull(),
    label: text().notNull(),
    company: text(),
    line1: text().notNull(),
    line2: text(),
    city: text().notNull(),
    region: text(),
    postalCode: text().notNull(),
    country: char({ length: 2 }).notNull(),
    isDefault: boolean().notNull().default(false),
    ...timestamps,
  },
  (t) => [index("account_addresses_account_idx").on(t.accountId)],
);

/**
 * A person at a customer account. With `userId` set the contact has portal
 * access, with `portalRole` deciding what they may do there.
 */
export const contacts = pgTable(
  "contacts",
  {
    id: id(),
    accountId: uuid()
      .notNull()
      .references(() => accounts.id, { onDelete: "cascade" }),
    userId: uuid().references(() => users.id, { onDelete: "set null" }),
    firstName: text().notNull(),
    lastName: text().notNull(),
    email: text().notNull(),
    phone: text(),
    jobTitle: text(),
    portalRole: portalRole(),
    /** Orders above this need approval by an account admin; null = no limit. */
    spendingLimitCents: money(),
    isPrimary: boolean().notNull().default(false),
    ...timestamps,
  },
  (t) => [
    index("contacts_account_idx").on(t.accountId),
    uniqueIndex("contacts_user_key").on(t.userId),
    index("contacts_email_idx").on(t.email),
  ],
);

/** A pending invitation of a colleague to the portal, sent by an account admin. */
export const invitations = pgTable(
  "invitations",
  {
    id: id(),
    accountId: uuid()
      .notNull()
      .references(() => accounts.id, { onDelete: "cascade" }),
    email: text().notNull(),
    name: text().notNull(),
    portalRole: portalRole().notNull(),
    spendingLimitCents: money(),
    tokenHash: text().notNull(),
    invitedByUserId: uuid().references(() => users.id, { onDelete: "set null" }),
    expiresAt: tstz().notNull(),
    acceptedAt: tstz(),
    revokedAt: tstz(),
    ...timestamps,
  },
  (t) => [index("invitations_account_idx").on(t.accountId), uniqueIndex("invitations_token_key").on(t.tokenHash)],
);

export const accountsRelations = relations(accounts, ({ one, many }) => ({
  owner: one(users, { fields: [accounts.ownerId], references: [users.id] }),
  priceList: one(priceLists, { fields: [accounts.priceListId], references: [priceLists.id] }),
  addresses: many(accountAddresses),
  contacts: many(contacts),
}));

export const accountAddressesRelations = relations(accountAddresses, ({ one }) => ({
  account: one(accounts, { fields: [accountAddresses.accountId], references: [accounts.id] }),
}));

export const contactsRelations = relations(contacts, ({ one }) => ({
  account: one(accounts, { fields: [contacts.accountId], references: [accounts.id] }),
  user: one(users, { fields: [contacts.userId], references: [users.id] }),
}));
