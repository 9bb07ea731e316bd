import { boolean, index, integer, jsonb, pgEnum, pgTable, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { createdAt, id, timestamps, tstz } from "./columns";
import { accounts } from "./accounts";
import { users } from "./identity";

export const actorKind = pgEnum("actor_kind", ["customer", "staff", "api", "system"]);
export const deliveryStatus = pgEnum("webhook_delivery_status", ["pending", "delivered", "failed"]);

/** Who did what to which record; append-only. */
export const auditLog = pgTable(
  "audit_log",
  {
    id: id(),
    actorKind: actorKind().notNull(),
    actorUserId: uuid().references(() => users.id, { onDelete: "set null" }),
    actorTokenId: uuid(),
    /** The customer account concerned, when there is one. */
    accountId: uuid().references(() => accounts.id, { onDelete: "set null" }),
    action: text().notNull(),
    entityType: text().notNull(),
    entityId: text(),
    data: jsonb().$type<Record<string, unknown>>(),
    ipAddress: text(),
    createdAt: createdAt(),
  },
  (t) => [
    index("audit_log_account_idx").on(t.accountId, t.createdAt.desc().nullsFirst()),
    index("audit_log_entity_idx").on(t.entityType, t.entityId),
    index("audit_log_created_idx").on(t.createdAt),
  ],
);

/**
 * Headless API credentials. Shown once; only the SHA-256 is kept. A token with
 * accountId is a customer token and can never see another account.
 */
export const apiTokens = pgTable(
  "api_tokens",
  {
    id: id(),
    name: text().notNull(),
    tokenHash: text().notNull(),
    /** First characters of the token, to recognise it in lists. */
    prefix: text().notNull(),
    scopes: text().array().notNull(),
    accountId: uuid().references(() => accounts.id, { onDelete: "cascade" }),
    createdByUserId: uuid().references(() => users.id, { onDelete: "set null" }),
    lastUsedAt: tstz(),
    expiresAt: tstz(),
    revokedAt: tstz(),
    ...timestamps,
  },
  (t) => [uniqueIndex("api_tokens_hash_key").on(t.tokenHash), index("api_tokens_account_idx").on(t.accountId)],
);

/** The first answer to a POST with an Idempotency-Key, replayed for repeats. */
export const idempotencyKeys = pgTable(
  "idempotency_keys",
  {
    id: id(),
    tokenId: uuid()
      .notNull()
      .references(() => apiTokens.id, { onDelete: "cascade" }),
    key: text().notNull(),
    requestHash: text().notNull(),
    method: text().notNull(),
    path: text().notNull(),
    responseStatus: integer(),
    responseBody: jsonb(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("idempotency_keys_token_key").on(t.tokenId, t.key), index("idempotency_keys_created_idx").on(t.createdAt)],
);

export const webhookEndpoints = pgTable("webhook_endpoints", {
  id: id(),
  url: text().notNull(),
  description: text(),
  /** HMAC-SHA256 signing secret; shown once to the admin who created it. */
  secret: text().notNull(),
  eventTypes: text().array().notNull(),
  active: boolean().notNull().default(true),
  createdByUserId: uuid().references(() => users.id, { onDelete: "set null" }),
  ...timestamps,
});

export const webhookDeliveries = pgTable(
  "webhook_deliveries",
  {
    id: id(),
    endpointId: uuid()
      .notNull()
      .references(() => webhookEndpoints.id, { onDelete: "cascade" }),
    eventId: uuid().notNull(),
    eventType: text().notNull(),
    payload: jsonb().notNull(),
    status: deliveryStatus().notNull().default("pending"),
    attempts: integer().notNull().default(0),
    responseStatus: integer(),
    responseBody: text(),
    lastError: text(),
    nextAttemptAt: tstz(),
    deliveredAt: tstz(),
    ...timestamps,
  },
  (t) => [
    index("webhook_deliveries_endpoint_idx").on(t.endpointId, t.createdAt.desc().nullsFirst()),
    uniqueIndex("webhook_deliveries_endpoint_event_key").on(t.endpointId, t.eventId),
  ],
);

export const mailStatus = pgEnum("mail_status", ["sending", "sent", "captured", "failed"]);

/**
 * Every e-mail Accord sends, once per idempotency key (`<event>/<entity-id>`):
 * the rendered message, and whether Resend took it or it was captured locally.
 */
export const mailMessages = pgTable(
  "mail_messages",
  {
    id: id(),
    idempotencyKey: text().notNull(),
    template: text().notNull(),
    /** The customer account the message concerns, for the timeline; null for staff mail. */
    accountId: uuid().references(() => accounts.id, { onDelete: "set null" }),
    toAddress: text().notNull(),
    fromAddress: text().notNull(),
    subject: text().notNull(),
    html: text().notNull(),
    text: text().notNull(),
    status: mailStatus().notNull().default("sending"),
    providerMessageId: text(),
    error: text(),
    attempts: integer().notNull().default(0),
    sentAt: tstz(),
    ...timestamps,
  },
  (t) => [
    uniqueIndex("mail_messages_idempotency_key").on(t.idempotencyKey),
    index("mail_messages_account_idx").on(t.accountId, t.createdAt.desc().nullsFirst(), t.id.desc().nullsFirst()),
    index("mail_messages_created_idx").on(t.createdAt.desc().nullsFirst()),
  ],
);

export const importKind = pgEnum("import_kind", ["accounts", "contacts"]);
export const importStatus = pgEnum("import_status", ["preview", "running", "done", "failed", "cancelled"]);

/**
 * A CSV import of accounts or contacts by staff: the checked rows wait here
 * for confirmation, then a job writes them in chunks and counts progress.
 */
export const imports = pgTable(
  "imports",
  {
    id: id(),
    kind: importKind().notNull(),
    status: importStatus().notNull().default("preview"),
    fileName: text().notNull(),
    /** Rows that passed validation, in file order, with their line numbers. */
    rows: jsonb().$type<{ line: number; values: Record<string, string> }[]>().notNull(),
    /** Rows refused, at checking or at writing: line number and why. */
    errors: jsonb().$type<{ line: number; message: string }[]>().notNull(),
    totalLines: integer().notNull(),
    processed: integer().notNull().default(0),
    created: integer().notNull().default(0),
    createdByUserId: uuid().references(() => users.id, { onDelete: "set null" }),
    finishedAt: tstz(),
    ...timestamps,
  },
  (t) => [index("imports_created_idx").on(t.createdAt.desc().nullsFirst())],
);
