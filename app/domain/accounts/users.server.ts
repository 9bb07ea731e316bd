import { addDays, format } from "date-fns";
import { and, asc, eq, gt, isNull, ne, sql } from "drizzle-orm";
import { getDb } from "~db/client";
import { contacts, invitations, users } from "~db/schema";
import type { CustomerActor } from "~/auth/actor";
import { PORTAL_ROLE_LABEL } from "~/auth/actor";
import { lucia } from "~/auth/lucia.server";
import { hashPassword } from "~/auth/password.server";
import { startSession } from "~/auth/session.server";
import { hashToken, isToken, newToken } from "~/auth/tokens.server";
import { appUrl } from "~/env.server";
import { DomainError, forbiddenError, notFound } from "~/domain/errors";
import { audit } from "~/domain/platform/audit.server";
import { queueEmail } from "~emails/mailer.server";
import { queueSearchSync } from "~search/sync.server";

const INVITATION_DAYS = 7;

function requireAdmin(actor: CustomerActor) {
  if (actor.role !== "admin") throw forbiddenError("Only your account's admins manage colleagues.");
}

/** The account's portal users and open invitations, for its admins. */
export async function listAccountUsers(actor: CustomerActor) {
  requireAdmin(actor);
  const db = getDb();
  const [people, pending] = await Promise.all([
    db
      .select({
        contactId: contacts.id,
        userId: users.id,
        name: users.name,
        email: users.email,
        role: contacts.portalRole,
        spendingLimitCents: contacts.spendingLimitCents,
        lastSignInAt: users.lastSignInAt,
        disabledAt: users.disabledAt,
      })
      .from(contacts)
      .innerJoin(users, eq(users.id, contacts.userId))
      .where(eq(contacts.accountId, actor.accountId))
      .orderBy(asc(users.name)),
    db
      .select({ id: invitations.id, name: invitations.name, email: invitations.email, role: invitations.portalRole, expiresAt: invitations.expiresAt })
      .from(invitations)
      .where(and(eq(invitations.accountId, actor.accountId), isNull(invitations.acceptedAt), isNull(invitations.revokedAt), gt(invitations.expiresAt, new Date())))
      .orderBy(asc(invitations.createdAt)),
  ]);
  return { people, pending };
}

/** Invites a colleague by e-mail; a newer invitation to the same address replaces the older one. */
export async function inviteColleague(actor: CustomerActor, input: { name: string; email: string; role: "admin" | "buyer" | "requester"; spendingLimit: number | null }) {
  requireAdmin(actor);
  const db = getDb();
  const [existing] = await db.select({ id: users.id }).from(users).where(eq(users.email, input.email)).limit(1);
  if (existing) throw new DomainError("conflict", `${input.email} already has an Accord sign-in.`);
  const token = newToken();
  const expiresAt = addDays(new Date(), INVITATION_DAYS);
  await db.transaction(async (tx) => {
    await tx
      .update(invitations)
      .set({ revokedAt: new Date() })
      .where(and(eq(invitations.accountId, actor.accountId), eq(invitations.email, input.email), isNull(invitations.acceptedAt), isNull(invitations.revokedAt)));
    const [invitation] = await tx
      .insert(invitations)
      .values({ accountId: actor.accountId, email: input.email, name: input.name, portalRole: input.role, spendingLimitCents: input.spendingLimit, tokenHash: hashToken(token), invitedByUserId: actor.userId, expiresAt })
      .returning({ id: invitations.id });
    await queueEmail(tx, {
      template: "colleague-invitation",
      to: input.email,
      accountId: actor.accountId,
      idempotencyKey: `colleague-invitation/${invitation.id}`,
      props: {
        recipientName: input.name.split(" ")[0],
        inviterName: actor.name,
        accountName: actor.accountName,
        roleLabel: PORTAL_ROLE_LABEL[input.role],
        acceptUrl: `${appUrl()}/invitations/${token}`,
        expiresOn: format(expiresAt, "MMM d, yyyy"),
      },
    });
    await audit(tx, actor, { action: "account.user_invited", entityType: "invitation", entityId: invitation.id, data: { email: input.email, role: input.role } });
  });
}

async function adminCount(accountId: string, exceptContactId?: string) {
  const [{ n }] = await getDb()
    .select({ n: sql<number>`count(*)`.mapWith(Number) })
    .from(contacts)
    .innerJoin(users, eq(users.id, contacts.userId))
    .where(and(eq(contacts.accountId, accountId), eq(contacts.portalRole, "admin"), isNull(users.disabledAt), exceptContactId ? ne(contacts.id, exceptContactId) : undefined));
  return n;
}

async function colleague(actor: CustomerActor, contactId: string) {
  const [row] = await getDb()
    .select({ contactId: contacts.id, userId: contacts.userId, role: contacts.portalRole })
    .from(contacts)
    .where(and(eq(contacts.id, contactId), eq(contacts.accountId, actor.accountId)))
    .limit(1);
  if (!row?.userId) throw notFound("That colleague");
  return row as { contactId: string; userId: string; role: string | null };
}

/** Changes a colleague's role and spending limit; the last active admin stays an admin. */
export async function updateColleague(actor: CustomerActor, input: { contactId: string; role: "admin" | "buyer" | "requester"; spendingLimit: number | null }) {
  requireAdmin(actor);
  const target = await colleague(actor, input.contactId);
  if (target.role === "admin" && input.role !== "admin" && (await adminCount(actor.accountId, target.contactId)) === 0) {
    throw new DomainError("conflict", "Your account needs at least one admin. Make someone else an admin first.");
  }
  await getDb().transaction(async (tx) => {
    await tx.update(contacts).set({ portalRole: input.role, spendingLimitCents: input.role === "buyer" ? input.spendingLimit : null }).where(eq(contacts.id, target.contactId));
    await audit(tx, actor, { action: "account.user_updated", entityType: "contact", entityId: target.contactId, data: { role: input.role, spendingLimitCents: input.spendingLimit } });
  });
}

/** Deactivates (signing them out everywhere) or reactivates a colleague. */
export async function setColleagueActive(actor: CustomerActor, contactId: string, active: boolean) {
  requireAdmin(actor);
  const target = await colleague(actor, contactId);
  if (!active && target.userId === actor.userId) throw new DomainError("conflict", "You cannot deactivate yourself.");
  if (!active && target.role === "admin" && (await adminCount(actor.accountId, target.contactId)) === 0) throw new DomainError("conflict", "Your account needs at least one active admin.");
  await getDb().transaction(async (tx) => {
    await tx.update(users).set({ disabledAt: active ? null : new Date() }).where(eq(users.id, target.userId));
    await audit(tx, actor, { action: active ? "account.user_reactivated" : "account.user_deactivated", entityType: "user", entityId: target.userId });
  });
  if (!active) await lucia().invalidateUserSessions(target.userId);
}

/** The open invitation behind a link, or null. */
export async function findInvitation(token: string) {
  if (!isToken(token)) return null;
  const [row] = await getDb()
    .select()
    .from(invitations)
    .where(and(eq(invitations.tokenHash, hashToken(token)), isNull(invitations.acceptedAt), isNull(invitations.revokedAt), gt(invitations.expiresAt, new Date())))
    .limit(1);
  return row ?? null;
}

/** Accepting creates the user (and contact), uses up the invitation, and signs them in. */
export async function acceptInvitation(token: string, password: string, meta: { ipAddress: string | null; userAgent: string | null }): Promise<{ ok: true; setCookie: string } | { ok: false; error: string }> {
  const invitation = await findInvitation(token);
  if (!invitation) return { ok: false, error: "This invitation has expired or was already used. Ask your admin for a new one." };
  const passwordHash = await hashPassword(password);
  const userId = await getDb().transaction(async (tx) => {
    const [taken] = await tx.select({ id: users.id }).from(users).where(eq(users.email, invitation.email)).limit(1);
    if (taken) return null;
    const claimed = await tx.update(invitations).set({ acceptedAt: new Date() }).where(and(eq(invitations.id, invitation.id), isNull(invitations.acceptedAt))).returning({ id: invitations.id });
    if (!claimed.length) return null;
    const [user] = await tx.insert(users).values({ kind: "customer", email: invitation.email, name: invitation.name, passwordHash, timezone: "America/New_York" }).returning({ id: users.id });
    const [first, ...rest] = invitation.name.split(" ");
    const [existingContact] = await tx.select({ id: contacts.id }).from(contacts).where(and(eq(contacts.accountId, invitation.accountId), eq(contacts.email, invitation.email), isNull(contacts.userId))).limit(1);
    let contactId: string;
    if (existingContact) {
      await tx.update(contacts).set({ userId: user.id, portalRole: invitation.portalRole, spendingLimitCents: invitation.spendingLimitCents }).where(eq(contacts.id, existingContact.id));
      contactId = existingContact.id;
    } else {
      const [created] = await tx
        .insert(contacts)
        .values({ accountId: invitation.accountId, userId: user.id, firstName: first, lastName: rest.join(" ") || "-", email: invitation.email, portalRole: invitation.portalRole, spendingLimitCents: invitation.spendingLimitCents })
        .returning({ id: contacts.id });
      contactId = created.id;
    }
    await audit(tx, "system", { action: "account.invitation_accepted", entityType: "invitation", entityId: invitation.id, accountId: invitation.accountId });
    await queueSearchSync(tx, "contact", [contactId]);
    return user.id;
  });
  if (!userId) return { ok: false, error: "This invitation has expired or was already used. Ask your admin for a new one." };
  return { ok: true, setCookie: await startSession(userId, meta) };
}
