import { relations } from "drizzle-orm";
import { boolean, index, integer, pgEnum, pgTable, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { createdAt, id, timestamps, tstz } from "./columns";

export const userKind = pgEnum("user_kind", ["customer", "staff"]);
export const staffRole = pgEnum("staff_role", ["agent", "account_manager", "admin"]);

/**
 * Everybody who can sign in. A customer user is linked to exactly one contact
 * (contacts.user_id) which carries the account and portal role; a staff user
 * carries its staff role here.
 */
export const users = pgTable(
  "users",
  {
    id: id(),
    kind: userKind().notNull(),
    email: text().notNull(),
    name: text().notNull(),
    passwordHash: text(),
    staffRole: staffRole(),
    title: text(),
    timezone: text().notNull().default("UTC"),
    disabledAt: tstz(),
    lastSignInAt: tstz(),
    ...timestamps,
  },
  (t) => [uniqueIndex("users_email_key").on(t.email)],
);

/** lucia sessions; the id is the SHA-256 of the cookie token, never the token itself. */
export const sessions = pgTable(
  "sessions",
  {
    id: text().primaryKey(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    expiresAt: tstz().notNull(),
    ipAddress: text(),
    userAgent: text(),
    createdAt: createdAt(),
  },
  (t) => [index("sessions_user_id_idx").on(t.userId)],
);

export const passwordResetTokens = pgTable(
  "password_reset_tokens",
  {
    id: id(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    tokenHash: text().notNull(),
    expiresAt: tstz().notNull(),
    usedAt: tstz(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("password_reset_tokens_hash_key").on(t.tokenHash), index("password_reset_tokens_user_idx").on(t.userId)],
);

/** Fixed-window counters shared by every web process (failed sign-ins, API rate limits). */
export const rateLimits = pgTable("rate_limits", {
  key: text().primaryKey(),
  hits: integer().notNull().default(0),
  windowEndsAt: tstz().notNull(),
  blocked: boolean().notNull().default(false),
});

export const usersRelations = relations(users, ({ many }) => ({
  sessions: many(sessions),
}));

export const sessionsRelations = relations(sessions, ({ one }) => ({
  user: one(users, { fields: [sessions.userId], references: [users.id] }),
}));
