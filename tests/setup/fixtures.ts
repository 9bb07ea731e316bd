import { eq } from "drizzle-orm";
import { getDb } from "~db/client";
import { contacts, users } from "~db/schema";
import { seedDatabase } from "~db/seed/generate";

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
