import { eq } from "drizzle-orm";
import { getDb } from "~db/client";
import { contacts, users } from "~db/schema";
import { seedDatabase } from "~db/seed/generate";
import type { CustomerActor, StaffActor } from "~/auth/actor";

/** A fixed moment, so seeded data is the same on every run. */
export const AS_OF = new Date("2026-06-15T12:00:00Z");

/** A small but complete copy of the demo data: Acme, Globex and a few more accounts. */
export async function seedSmall(accounts = 5) {
  return getDb().transaction((tx) => seedDatabase(tx, { accounts, seed: 7, asOf: AS_OF, ordersPerAccount: 8, bigAccountOrders: 20 }));
}

export async function userIdByEmail(email: string): Promise<string> {
  const [row] = await getDb().select({ id: users.id }).from(users).where(eq(users.email, email));
  if (!row) throw new Error(`no user ${email}`);
  return row.id;
}

export async function accountIdOf(email: string): Promise<string> {
  const [row] = await getDb().select({ accountId: contacts.accountId }).from(contacts).where(eq(contacts.email, email));
  if (!row) throw new Error(`no contact ${email}`);
  return row.accountId;
}

/** A request carrying the session cookie from a Set-Cookie header. */
export function requestWithCookie(url: string, setCookie: string, init: RequestInit = {}): Request {
  const cookie = setCookie.split(";")[0];
  return new Request(`http://localhost${url}`, { ...init, headers: { ...(init.headers as Record<string, string>), Cookie: cookie } });
}

/** The Actor of a seeded customer user, as the session guard would build it. */
export async function customerActor(email: string): Promise<CustomerActor> {
  const [c] = await getDb().select().from(contacts).where(eq(contacts.email, email));
  if (!c) throw new Error(`no contact ${email}`);
  return { kind: "customer", userId: c.userId!, contactId: c.id, accountId: c.accountId, accountName: "", role: c.portalRole!, spendingLimitCents: c.spendingLimitCents, name: `${c.firstName} ${c.lastName}`, email, timezone: "UTC" };
}

/** The Actor of a seeded staff user. */
export async function staffActor(email: string): Promise<StaffActor> {
  const [u] = await getDb().select().from(users).where(eq(users.email, email));
  if (!u || u.kind !== "staff") throw new Error(`no staff user ${email}`);
  return { kind: "staff", userId: u.id, role: u.staffRole!, name: u.name, email, timezone: "UTC" };
}
