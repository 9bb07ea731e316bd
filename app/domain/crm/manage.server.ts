import { and, eq, ilike, ne, sql } from "drizzle-orm";
import { type Executor, getDb } from "~db/client";
import { accounts, contacts } from "~db/schema";
import type { StaffActor } from "~/auth/actor";
import { can } from "~/auth/actor";
import { recordActivity } from "~/domain/activity/activity.server";
import { audit } from "~/domain/platform/audit.server";
import { forbiddenError, notFound } from "~/domain/errors";
import { queueSearchSync } from "~search/sync.server";
import type { AccountInput, ContactInput } from "./crm.schema";
import { emitEvent } from "~/domain/platform/webhooks.server";

function editorsOnly(actor: StaffActor) {
  if (!can(actor, "edit_accounts")) throw forbiddenError("Creating and editing accounts and contacts is for account managers and admins.");
}

export type Duplicate = { kind: "account" | "contact"; id: string; accountId: string; label: string; reason: string };

/** Accounts that look like this one: the same web domain, or the same name. */
export async function similarAccounts(ex: Executor, input: { name: string; domain: string | null }, except?: string): Promise<Duplicate[]> {
  const rows = await ex
    .select({ id: accounts.id, name: accounts.name, number: accounts.number, domain: accounts.domain })
    .from(accounts)
    .where(
      and(
        except ? ne(accounts.id, except) : undefined,
        sql`(${input.domain ? sql`${accounts.domain} = ${input.domain} or ` : sql``}lower(${accounts.name}) = lower(${input.name}))`,
      ),
    )
    .limit(5);
  return rows.map((r) => ({ kind: "account", id: r.id, accountId: r.id, label: `${r.name} (${r.number})`, reason: input.domain && r.domain === input.domain ? `same domain ${input.domain}` : "same name" }));
}

/** Contacts anywhere with this e-mail address (the unique person), and accounts whose domain it belongs to. */
export async function similarContacts(ex: Executor, email: string, except?: string): Promise<Duplicate[]> {
  const rows = await ex
    .select({ id: contacts.id, accountId: contacts.accountId, firstName: contacts.firstName, lastName: contacts.lastName, accountName: accounts.name })
    .from(contacts)
    .innerJoin(accounts, eq(accounts.id, contacts.accountId))
    .where(and(ilike(contacts.email, email.replace(/[%_\\]/g, "\\$&")), except ? ne(contacts.id, except) : undefined))
    .limit(5);
  return rows.map((r) => ({ kind: "contact", id: r.id, accountId: r.accountId, label: `${r.firstName} ${r.lastName} at ${r.accountName}`, reason: `same e-mail ${email}` }));
}

export type SaveResult<T> = { ok: true; value: T } | { ok: false; duplicates: Duplicate[] };

function accountValues(input: AccountInput) {
  return {
    name: input.name,
    domain: input.domain,
    industry: input.industry,
    tier: input.tier,
    status: input.status,
    ownerId: input.ownerId,
    creditLimitCents: Math.round(input.creditLimit * 100),
    paymentTerms: input.paymentTerms,
    poRequired: input.poRequired,
    phone: input.phone,
    website: input.website,
    notes: input.notes,
  };
}

/**
 * Creates or updates an account. A likely duplicate (same domain or name)
 * stops the save with the matches, until the user confirms.
 */
export async function saveAccount(actor: StaffActor, id: string | null, input: AccountInput, ex?: Executor): Promise<SaveResult<{ id: string }>> {
  editorsOnly(actor);
  const run = async (tx: Executor): Promise<SaveResult<{ id: string }>> => {
    if (!input.confirmDuplicate) {
      const duplicates = await similarAccounts(tx, input, id ?? undefined);
      if (duplicates.length) return { ok: false, duplicates };
    }
    let savedId: string;
    if (id) {
      const updated = await tx.update(accounts).set({ ...accountValues(input), updatedAt: new Date() }).where(eq(accounts.id, id)).returning({ id: accounts.id });
      if (!updated.length) throw notFound("That account");
      savedId = id;
    } else {
      const [created] = await tx
        .insert(accounts)
        .values({ ...accountValues(input), number: sql`'C-' || nextval('account_number_seq')`, customerSince: new Date().toISOString().slice(0, 10) })
        .returning({ id: accounts.id });
      savedId = created.id;
      await recordActivity(tx, { accountId: savedId, actorUserId: actor.userId, type: "note", subject: "Account created in the desk" });
    }
    await audit(tx, actor, { action: id ? "account.updated" : "account.created", entityType: "account", entityId: savedId, accountId: savedId });
    await queueSearchSync(tx, "account", [savedId]);
    await emitEvent(tx, id ? "account.updated" : "account.created", { accountId: savedId, name: input.name, tier: input.tier });
    return { ok: true, value: { id: savedId } };
  };
  return ex ? run(ex) : getDb().transaction(run);
}

/** Creates or updates a contact of an account; the same e-mail elsewhere is a duplicate to confirm. */
export async function saveContact(actor: StaffActor, accountId: string, id: string | null, input: ContactInput, ex?: Executor): Promise<SaveResult<{ id: string }>> {
  editorsOnly(actor);
  const run = async (tx: Executor): Promise<SaveResult<{ id: string }>> => {
    const [account] = await tx.select({ id: accounts.id }).from(accounts).where(eq(accounts.id, accountId)).limit(1);
    if (!account) throw notFound("That account");
    if (!input.confirmDuplicate) {
      const duplicates = await similarContacts(tx, input.email, id ?? undefined);
      if (duplicates.length) return { ok: false, duplicates };
    }
    const values = { firstName: input.firstName, lastName: input.lastName, email: input.email, phone: input.phone, jobTitle: input.jobTitle, isPrimary: input.isPrimary };
    if (input.isPrimary) await tx.update(contacts).set({ isPrimary: false }).where(and(eq(contacts.accountId, accountId), id ? ne(contacts.id, id) : undefined));
    let savedId: string;
    if (id) {
      const updated = await tx.update(contacts).set({ ...values, updatedAt: new Date() }).where(and(eq(contacts.id, id), eq(contacts.accountId, accountId))).returning({ id: contacts.id });
      if (!updated.length) throw notFound("That contact");
      savedId = id;
    } else {
      const [created] = await tx.insert(contacts).values({ ...values, accountId }).returning({ id: contacts.id });
      savedId = created.id;
    }
    await audit(tx, actor, { action: id ? "contact.updated" : "contact.created", entityType: "contact", entityId: savedId, accountId });
    await queueSearchSync(tx, "contact", [savedId]);
    if (!id) await emitEvent(tx, "contact.created", { contactId: savedId, accountId, email: input.email });
    return { ok: true, value: { id: savedId } };
  };
  return ex ? run(ex) : getDb().transaction(run);
}

export async function getContact(actor: StaffActor, accountId: string, id: string) {
  editorsOnly(actor);
  const [row] = await getDb().select().from(contacts).where(and(eq(contacts.id, id), eq(contacts.accountId, accountId))).limit(1);
  if (!row) throw notFound("That contact");
  return row;
}
