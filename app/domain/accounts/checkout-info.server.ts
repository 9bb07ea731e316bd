import { and, asc, desc, eq } from "drizzle-orm";
import { getDb } from "~db/client";
import { accountAddresses, accounts } from "~db/schema";
import type { CustomerActor } from "~/auth/actor";

/** What checkout needs to know about the customer's account: where it ships and whether it requires a PO. */
export async function checkoutInfo(actor: CustomerActor) {
  const db = getDb();
  const [[account], addresses] = await Promise.all([
    db.select({ name: accounts.name, poRequired: accounts.poRequired, paymentTerms: accounts.paymentTerms }).from(accounts).where(eq(accounts.id, actor.accountId)).limit(1),
    db
      .select()
      .from(accountAddresses)
      .where(and(eq(accountAddresses.accountId, actor.accountId), eq(accountAddresses.kind, "shipping")))
      .orderBy(desc(accountAddresses.isDefault), asc(accountAddresses.label)),
  ]);
  return { account, addresses };
}
