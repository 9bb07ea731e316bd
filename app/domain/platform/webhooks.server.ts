import { createHmac, randomUUID } from "node:crypto";
import { and, desc, eq, sql } from "drizzle-orm";
import { z } from "zod";
import { type Executor, getDb } from "~db/client";
import { webhookDeliveries, webhookEndpoints } from "~db/schema";
import type { StaffActor } from "~/auth/actor";
import { can } from "~/auth/actor";
import { newToken } from "~/auth/tokens.server";
import { enqueue } from "~/jobs/queue.server";
import { forbiddenError, notFound } from "~/domain/errors";
import { audit } from "./audit.server";

export const WEBHOOK_EVENTS = [
  "order.created",
  "order.status_changed",
  "quote.created",
  "quote.accepted",
  "ticket.created",
  "ticket.updated",
  "ticket.solved",
  "account.created",
  "account.updated",
  "contact.created",
] as const;
export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number];

/** How long a receiver has to answer, and the most of its answer we keep. */
const TIMEOUT_MS = 10_000;
const KEEP_BODY = 2_000;

export const endpointSchema = z.object({
  url: z
    .string()
    .trim()
    .url("Enter the receiver's URL.")
    .refine((u) => /^https?:\/\//i.test(u), "Use an http(s) URL."),
  description: z
    .string()
    .trim()
    .max(200)
    .optional()
    .transform((v) => v || null),
  eventTypes: z.array(z.enum(WEBHOOK_EVENTS)).min(1, "Choose at least one event."),
});

function adminsOnly(actor: StaffActor | "api") {
  if (actor !== "api" && !can(actor, "admin")) throw forbiddenError("Webhooks are for admins.");
}

/** Registers a receiver; the signing secret is returned this once. */
export async function createEndpoint(actor: StaffActor | "api", input: z.infer<typeof endpointSchema>): Promise<{ id: string; secret: string }> {
  adminsOnly(actor);
  const secret = `whsec_${newToken()}`;
  return getDb().transaction(async (tx) => {
    const [row] = await tx
      .insert(webhookEndpoints)
      .values({ url: input.url, description: input.description, eventTypes: input.eventTypes, secret, createdByUserId: actor === "api" ? null : actor.userId })
      .returning({ id: webhookEndpoints.id });
    if (actor !== "api") await audit(tx, actor, { action: "webhook.created", entityType: "webhook_endpoint", entityId: row.id, data: { url: input.url, eventTypes: input.eventTypes } });
    return { id: row.id, secret };
  });
}

export async function setEndpointActive(actor: StaffActor | "api", id: string, active: boolean): Promise<void> {
  adminsOnly(actor);
  const updated = await getDb().update(webhookEndpoints).set({ active, updatedAt: new Date() }).where(eq(webhookEndpoints.id, id)).returning({ id: webhookEndpoints.id });
  if (!updated.length) throw notFound("That webhook");
}

export async function deleteEndpoint(actor: StaffActor | "api", id: string): Promise<void> {
  adminsOnly(actor);
  const deleted = await getDb().delete(webhookEndpoints).where(eq(webhookEndpoints.id, id)).returning({ id: webhookEndpoints.id });
  if (!deleted.length) throw notFound("That webhook");
}

export async function listEndpoints(actor: StaffActor | "api") {
  adminsOnly(actor);
  return getDb()
    .select({ id: webhookEndpoints.id, url: webhookEndpoints.url, description: webhookEndpoints.description, eventTypes: webhookEndpoints.eventTypes, active: webhookEndpoints.active, createdAt: webhookEndpoints.createdAt, updatedAt: webhookEndpoints.updatedAt })
    .from(webhookEndpoints)
    .orderBy(desc(webhookEndpoints.createdAt));
}

export async function listDeliveries(actor: StaffActor, endpointId?: string) {
  adminsOnly(actor);
  return getDb()
    .select({ id: webhookDeliveries.id, endpointId: webhookDeliveries.endpointId, url: webhookEndpoints.url, eventId: webhookDeliveries.eventId, eventType: webhookDeliveries.eventType, status: webhookDeliveries.status, attempts: webhookDeliveries.attempts, responseStatus: webhookDeliveries.responseStatus, lastError: webhookDeliveries.lastError, deliveredAt: webhookDeliveries.deliveredAt, createdAt: webhookDeliveries.createdAt, updatedAt: webhookDeliveries.updatedAt })
    .from(webhookDeliveries)
    .innerJoin(webhookEndpoints, eq(webhookEndpoints.id, webhookDeliveries.endpointId))
    .where(endpointId ? eq(webhookDeliveries.endpointId, endpointId) : undefined)
    .orderBy(desc(webhookDeliveries.createdAt))
    .limit(100);
}

/**
 * Publishes an event inside the caller's transaction (the outbox): one
 * delivery row and one job per active endpoint that listens for it. If the
 * transaction rolls back, nothing is ever sent.
 */
export async function emitEvent(tx: Executor, type: WebhookEvent, data: Record<string, unknown>): Promise<void> {
  const endpoints = await tx
    .select({ id: webhookEndpoints.id })
    .from(webhookEndpoints)
    .where(and(eq(webhookEndpoints.active, true), sql`${type} = any(${webhookEndpoints.eventTypes})`));
  if (!endpoints.length) return;
  const eventId = randomUUID();
  const payload = { id: eventId, type, createdAt: new Date().toISOString(), data };
  const rows = await tx
    .insert(webhookDeliveries)
    .values(endpoints.map((e) => ({ endpointId: e.id, eventId, eventType: type, payload })))
    .returning({ id: webhookDeliveries.id });
  for (const row of rows) await enqueue(tx, "webhook", { deliveryId: row.id });
}

/** The signature receivers check: HMAC-SHA256 over "<timestamp>.<body>" with the endpoint's secret, hex. */
export function signature(secret: string, timestamp: string, body: string): string {
  return createHmac("sha256", secret).update(`${timestamp}.${body}`).digest("hex");
}

export const webhookJobSchema = z.object({ deliveryId: z.string().uuid() });

/**
 * Sends one delivery: POST of the event as JSON with Accord-Event-Id,
 * Accord-Timestamp and Accord-Signature (v1=<hex>). A 2xx marks it delivered;
 * anything else is recorded (status, answer, error) and thrown, so the job
 * queue retries it with backoff for about a day.
 */
export async function deliverWebhook(data: unknown, attempt?: { retryCount?: number; retryLimit?: number }): Promise<{ status: number }> {
  const { deliveryId } = webhookJobSchema.parse(data);
  const db = getDb();
  const [row] = await db
    .select({ delivery: webhookDeliveries, url: webhookEndpoints.url, secret: webhookEndpoints.secret, active: webhookEndpoints.active })
    .from(webhookDeliveries)
    .innerJoin(webhookEndpoints, eq(webhookEndpoints.id, webhookDeliveries.endpointId))
    .where(eq(webhookDeliveries.id, deliveryId))
    .limit(1);
  if (!row || row.delivery.status === "delivered") return { status: row?.delivery.responseStatus ?? 0 };
  const body = JSON.stringify(row.delivery.payload);
  const timestamp = String(Math.floor(Date.now() / 1000));
  let status = 0;
  let answer = "";
  let error: string | null = null;
  try {
    const response = await fetch(row.url, {
      method: "POST",
      headers: { "Content-Type": "application/json", "User-Agent": "Accord-Webhooks/1", "Accord-Event-Id": row.delivery.eventId, "Accord-Event-Type": row.delivery.eventType, "Accord-Timestamp": timestamp, "Accord-Signature": `v1=${signature(row.secret, timestamp, body)}` },
      body,
      redirect: "manual",
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    status = response.status;
    answer = (await response.text().catch(() => "")).slice(0, KEEP_BODY);
    if (status < 200 || status >= 300) error = `The receiver answered ${status}.`;
  } catch (e) {
    error = `Could not reach the receiver: ${(e as Error).message}`;
  }
  const lastTry = attempt?.retryLimit !== undefined && (attempt.retryCount ?? 0) >= attempt.retryLimit;
  await db
    .update(webhookDeliveries)
    .set({
      attempts: sql`${webhookDeliveries.attempts} + 1`,
      responseStatus: status || null,
      responseBody: answer || null,
      lastError: error,
      status: error ? (lastTry ? "failed" : "pending") : "delivered",
      deliveredAt: error ? null : new Date(),
      updatedAt: new Date(),
    })
    .where(eq(webhookDeliveries.id, deliveryId));
  if (error) throw new Error(error);
  return { status };
}

/** "Resend" from the desk: the same event (same id, so receivers can dedupe) queued again. */
export async function resendDelivery(actor: StaffActor, deliveryId: string): Promise<void> {
  adminsOnly(actor);
  await getDb().transaction(async (tx) => {
    const updated = await tx.update(webhookDeliveries).set({ status: "pending", updatedAt: new Date() }).where(eq(webhookDeliveries.id, deliveryId)).returning({ id: webhookDeliveries.id });
    if (!updated.length) throw notFound("That delivery");
    await enqueue(tx, "webhook", { deliveryId });
  });
}
