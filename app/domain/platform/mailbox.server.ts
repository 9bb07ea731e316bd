import { count, desc, eq } from "drizzle-orm";
import { getDb } from "~db/client";
import { accounts, mailMessages } from "~db/schema";
import type { StaffActor } from "~/auth/actor";
import { forbiddenError, notFound } from "~/domain/errors";

function requireAdmin(actor: StaffActor) {
  if (actor.role !== "admin") throw forbiddenError("Only admins see the mailbox.");
}

export const MAILBOX_PAGE_SIZE = 25;

/** Every e-mail Accord sent or captured, newest first. */
export async function listMail(actor: StaffActor, page = 1) {
  requireAdmin(actor);
  const db = getDb();
  const offset = (Math.max(1, page) - 1) * MAILBOX_PAGE_SIZE;
  const [rows, [{ total }]] = await Promise.all([
    db
      .select({
        id: mailMessages.id,
        toAddress: mailMessages.toAddress,
        subject: mailMessages.subject,
        template: mailMessages.template,
        status: mailMessages.status,
        error: mailMessages.error,
        createdAt: mailMessages.createdAt,
        accountName: accounts.name,
      })
      .from(mailMessages)
      .leftJoin(accounts, eq(accounts.id, mailMessages.accountId))
      .orderBy(desc(mailMessages.createdAt))
      .limit(MAILBOX_PAGE_SIZE)
      .offset(offset),
    db.select({ total: count() }).from(mailMessages),
  ]);
  return { messages: rows, total, page: Math.max(1, page), pages: Math.max(1, Math.ceil(total / MAILBOX_PAGE_SIZE)) };
}

export async function getMail(actor: StaffActor, id: string) {
  requireAdmin(actor);
  if (!/^[0-9a-f-]{36}$/i.test(id)) throw notFound("That e-mail");
  const [row] = await getDb().select().from(mailMessages).where(eq(mailMessages.id, id)).limit(1);
  if (!row) throw notFound("That e-mail");
  return row;
}
