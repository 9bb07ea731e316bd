import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { eq, sql } from "drizzle-orm";
import { Resend } from "resend";
import { z } from "zod";
import { type Executor, getDb } from "~db/client";
import { mailMessages } from "~db/schema";
import { env } from "~/env.server";
import { enqueue } from "~/jobs/queue.server";
import { toEml } from "./eml";
import { InvalidTemplatePropsError, renderEmail, type TemplateName, type TemplateProps, UnknownTemplateError } from "./templates";

/** What a domain command hands over: the job's data. */
export const outgoingEmailSchema = z.object({
  template: z.string().min(1),
  to: z.string().email(),
  props: z.record(z.unknown()),
  /** `<event>/<entity-id>`: the same key is never sent twice. */
  idempotencyKey: z.string().min(3).max(256),
  accountId: z.string().uuid().nullable().optional(),
});
export type OutgoingEmail = z.infer<typeof outgoingEmailSchema>;

/**
 * Queues an e-mail in the caller's transaction: it is sent only if the
 * transaction commits, and at most once per idempotency key.
 */
export async function queueEmail<T extends TemplateName>(
  tx: Executor,
  email: { template: T; to: string; props: TemplateProps<T>; idempotencyKey: string; accountId?: string | null },
): Promise<void> {
  await enqueue(tx, "email", email, { singletonKey: email.idempotencyKey });
}

/** Resend's answer was a temporary failure (429, 5xx, network, malformed): the job retries. */
export class RetryableMailError extends Error {
  name = "RetryableMailError";
}

export type DeliveryOutcome = { status: "sent" | "captured" | "failed" | "duplicate"; messageId?: string; error?: string };

/** The e-mail job: render, record, send or capture. Safe to run twice. */
export async function deliverEmail(data: unknown): Promise<DeliveryOutcome> {
  const parsed = outgoingEmailSchema.safeParse(data);
  if (!parsed.success) return { status: "failed", error: `Invalid e-mail job: ${parsed.error.issues.map((i) => `${i.path.join(".")} ${i.message}`).join("; ")}` };
  const email = parsed.data;
  const db = getDb();
  const config = env();

  const [existing] = await db.select().from(mailMessages).where(eq(mailMessages.idempotencyKey, email.idempotencyKey)).limit(1);
  if (existing && (existing.status === "sent" || existing.status === "captured")) return { status: "duplicate", messageId: existing.id };

  let rendered;
  try {
    rendered = await renderEmail(email.template, email.props);
  } catch (error) {
    if (error instanceof UnknownTemplateError || error instanceof InvalidTemplatePropsError) {
      // A programming error, not a transient one: record it and do not retry.
      await record(db, email, { subject: `(not rendered: ${email.template})`, html: "", text: "" }, config.MAIL_FROM, { status: "failed", error: error.message });
      return { status: "failed", error: error.message };
    }
    throw error;
  }

  const row = await record(db, email, rendered, config.MAIL_FROM, { status: "sending", error: null });

  if (!config.RESEND_API_KEY) {
    const dir = path.resolve(config.MAIL_DIR);
    await mkdir(dir, { recursive: true });
    const file = path.join(dir, `${row.createdAt.toISOString().replace(/[:.]/g, "-")}-${email.idempotencyKey.replace(/[^A-Za-z0-9_-]+/g, "_")}.eml`);
    await writeFile(file, toEml({ id: row.id, from: config.MAIL_FROM, to: email.to, subject: rendered.subject, html: rendered.html, text: rendered.text, date: row.createdAt }));
    await db.update(mailMessages).set({ status: "captured", sentAt: new Date(), error: null }).where(eq(mailMessages.id, row.id));
    return { status: "captured", messageId: row.id };
  }

  const resend = new Resend(config.RESEND_API_KEY);
  let answer: Awaited<ReturnType<typeof resend.emails.send>>;
  try {
    answer = await resend.emails.send(
      { from: config.MAIL_FROM, to: [email.to], subject: rendered.subject, html: rendered.html, text: rendered.text },
      { idempotencyKey: email.idempotencyKey },
    );
  } catch (error) {
    await noteError(row.id, `Resend unreachable: ${(error as Error).message}`);
    throw new RetryableMailError(`Resend unreachable: ${(error as Error).message}`);
  }
  if (answer.error) {
    const status = answer.error.statusCode;
    const message = `Resend ${status ?? "error"} ${answer.error.name}: ${answer.error.message}`;
    if (status === null || status === 429 || status >= 500) {
      await noteError(row.id, message);
      throw new RetryableMailError(message);
    }
    await db.update(mailMessages).set({ status: "failed", error: message }).where(eq(mailMessages.id, row.id));
    return { status: "failed", error: message };
  }
  const providerId = answer.data && typeof answer.data.id === "string" && answer.data.id ? answer.data.id : null;
  if (!providerId) {
    const message = "Resend answered without a message id";
    await noteError(row.id, message);
    throw new RetryableMailError(message);
  }
  await db.update(mailMessages).set({ status: "sent", providerMessageId: providerId, sentAt: new Date(), error: null }).where(eq(mailMessages.id, row.id));
  return { status: "sent", messageId: row.id };
}

async function noteError(id: string, error: string) {
  await getDb().update(mailMessages).set({ error }).where(eq(mailMessages.id, id));
}

/** One row per idempotency key, updated on every attempt. */
async function record(
  db: Executor,
  email: OutgoingEmail,
  rendered: { subject: string; html: string; text: string },
  from: string,
  state: { status: "sending" | "failed"; error: string | null },
) {
  const [row] = await db
    .insert(mailMessages)
    .values({
      idempotencyKey: email.idempotencyKey,
      template: email.template,
      accountId: email.accountId ?? null,
      toAddress: email.to,
      fromAddress: from,
      subject: rendered.subject,
      html: rendered.html,
      text: rendered.text,
      status: state.status,
      error: state.error,
      attempts: 1,
    })
    .onConflictDoUpdate({
      target: mailMessages.idempotencyKey,
      set: { subject: rendered.subject, html: rendered.html, text: rendered.text, status: state.status, error: state.error, attempts: sql`${mailMessages.attempts} + 1` },
    })
    .returning();
  return row;
}
