import { and, desc, eq, type SQL } from "drizzle-orm";
import type { PgColumn } from "drizzle-orm/pg-core";
import { getDb } from "~db/client";
import { accounts, contacts } from "~db/schema";
import type { ApiActor, CustomerActor, StaffActor } from "~/auth/actor";
import { ApiProblem } from "../problem";

/** A customer token's reach: its own account; a staff token's: everything. */
export function ownAccount(actor: ApiActor, accountColumn: PgColumn): SQL | undefined {
  return actor.accountId ? eq(accountColumn, actor.accountId) : undefined;
}

/** Writes that only the supplier's own systems may make (a customer token gets 403). */
export function staffOnly(actor: ApiActor): void {
  if (actor.accountId) throw new ApiProblem("forbidden", "Customer tokens cannot do this; use a staff token.");
}

/**
 * The domain functions take a staff Actor; a staff API token acts as an admin
 * named after the token (its scopes were checked already), and writes no
 * user id of its own.
 */
export function apiStaffActor(actor: ApiActor): StaffActor {
  return { kind: "staff", userId: null as unknown as string, role: "admin", name: `API token ${actor.tokenId.slice(0, 8)}`, email: "api@accord.example", timezone: "UTC" };
}

/**
 * The account as a customer-side actor, through one of its contacts (the one
 * named, else the primary): the requester of an API ticket, the author of a
 * customer's reply, the placer of an order from a purchasing system. Such a
 * system is trusted like an account admin (approvals are for people). An
 * unknown contact is a field error on `field`; an account without contacts
 * acts without one unless a contact is required.
 */
export async function accountActor(accountId: string, contactId: string | null | undefined, field: string, options: { required: boolean }): Promise<CustomerActor> {
  const [row] = await getDb()
    .select({ contact: contacts, accountName: accounts.name })
    .from(accounts)
    .leftJoin(contacts, and(eq(contacts.accountId, accounts.id), contactId ? eq(contacts.id, contactId) : undefined))
    .where(eq(accounts.id, accountId))
    .orderBy(desc(contacts.isPrimary))
    .limit(1);
  if (!row) throw new ApiProblem("validation", undefined, { errors: [{ field: "accountId", message: "No such account." }] });
  const c = row.contact;
  if (!c && (contactId || options.required)) throw new ApiProblem("validation", undefined, { errors: [{ field: contactId ? field : "accountId", message: contactId ? "Not a contact of this account." : "The account has no contacts." }] });
  return {
    kind: "customer",
    userId: c?.userId ?? (null as unknown as string),
    contactId: c?.id ?? (null as unknown as string),
    accountId,
    accountName: row.accountName,
    role: "admin",
    spendingLimitCents: null,
    name: c ? `${c.firstName} ${c.lastName}` : "API",
    email: c?.email ?? "api@accord.example",
    timezone: "UTC",
  };
}
