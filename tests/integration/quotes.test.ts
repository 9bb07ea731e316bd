import { addDays, format } from "date-fns";
import { and, eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb, queryRows } from "~db/client";
import { accountAddresses, accounts, contacts, products, quotes } from "~db/schema";
import type { CustomerActor, StaffActor } from "~/auth/actor";
import { addToCart, getCart } from "~/domain/orders/cart.server";
import { getOrder } from "~/domain/orders/orders.server";
import { priceQuoteSchema } from "~/domain/quotes/quotes.schema";
import { acceptQuote, declineQuote, getQuote, getQuoteForStaff, priceQuote, requestQuote } from "~/domain/quotes/quotes.server";
import { seedSmall, userIdByEmail } from "../setup/fixtures";

async function customer(email: string): Promise<CustomerActor> {
  const [c] = await getDb().select().from(contacts).where(eq(contacts.email, email));
  return { kind: "customer", userId: c.userId!, contactId: c.id, accountId: c.accountId, accountName: "Acme Manufacturing", role: c.portalRole!, spendingLimitCents: c.spendingLimitCents, name: `${c.firstName} ${c.lastName}`, email, timezone: "UTC" };
}

let buyer: CustomerActor;
let requester: CustomerActor;
let manager: StaffActor;
let shipTo: string;

async function newQuote(): Promise<string> {
  const items = await getDb().select({ id: products.id }).from(products).where(eq(products.active, true)).limit(2);
  await addToCart(buyer, items.map((p) => ({ productId: p.id, quantity: 100 })));
  return requestQuote(buyer, { message: "Annual volume, please" });
}

async function priceAll(number: string, validUntil = format(addDays(new Date(), 30), "yyyy-MM-dd")) {
  const q = await getQuoteForStaff(manager, number);
  const prices = Object.fromEntries(q.lines.map((l) => [l.id, (Math.round(l.listPriceCents * 0.85) / 100).toFixed(2)]));
  await priceQuote(manager, number, priceQuoteSchema.parse({ validUntil, message: "Best price for the year", prices }));
  return getQuoteForStaff(manager, number);
}

beforeAll(async () => {
  await seedSmall(3);
  buyer = await customer("buyer@acme.example");
  requester = await customer("requester@acme.example");
  manager = { kind: "staff", userId: await userIdByEmail("manager@accord.example"), role: "account_manager", name: "Morgan Blake", email: "manager@accord.example", timezone: "UTC" };
  [{ id: shipTo }] = await getDb().select({ id: accountAddresses.id }).from(accountAddresses).where(and(eq(accountAddresses.accountId, buyer.accountId), eq(accountAddresses.kind, "shipping")));
  await getDb().update(accounts).set({ creditLimitCents: 1_000_000_000, poRequired: false }).where(eq(accounts.id, buyer.accountId));
});

describe("quotes", () => {
  it("from request to order at the quoted prices", async () => {
    const number = await newQuote();
    expect((await getCart(buyer)).lines).toHaveLength(0);
    expect((await getQuote(buyer, number)).status).toBe("requested");
    await expect(acceptQuote(buyer, number, { shippingAddressId: shipTo })).rejects.toMatchObject({ kind: "conflict" });

    const priced = await priceAll(number);
    expect(priced.status).toBe("priced");
    expect(priced.totalCents).toBe(priced.lines.reduce((s, l) => s + l.unitPriceCents! * l.quantity, 0));
    const mail = await queryRows<{ to: string }>(getDb(), sql`select data->>'to' as to from pgboss.job where data->>'template' = 'quote-ready' and data->'props'->>'quoteNumber' = ${number}`);
    expect(mail).toEqual([{ to: "buyer@acme.example" }]);

    await expect(acceptQuote(requester, number, { shippingAddressId: shipTo })).rejects.toMatchObject({ kind: "forbidden" });
    const result = await acceptQuote(buyer, number, { shippingAddressId: shipTo, poNumber: "PO-QUOTE-1" });
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const order = await getOrder(buyer, result.orderNumber);
    expect(order).toMatchObject({ source: "quote", poNumber: "PO-QUOTE-1", subtotalCents: priced.totalCents });
    expect(order.lines.map((l) => l.unitPriceCents).sort()).toEqual(priced.lines.map((l) => l.unitPriceCents).sort());
    expect((await getQuote(buyer, number)).status).toBe("accepted");
    await expect(acceptQuote(buyer, number, { shippingAddressId: shipTo })).rejects.toMatchObject({ kind: "conflict" });
    const ownerMail = await queryRows<{ to: string }>(getDb(), sql`select data->>'to' as to from pgboss.job where data->>'template' = 'quote-accepted'`);
    expect(ownerMail).toEqual([{ to: "manager@accord.example" }]);
  });

  it("an expired quote cannot be accepted", async () => {
    const number = await newQuote();
    await priceAll(number);
    await getDb().update(quotes).set({ validUntil: format(addDays(new Date(), -1), "yyyy-MM-dd") }).where(eq(quotes.number, number));
    expect((await getQuote(buyer, number)).status).toBe("expired");
    await expect(acceptQuote(buyer, number, { shippingAddressId: shipTo })).rejects.toThrow(/expired/);
  });

  it("can be declined with a reason; pricing needs every line and a future date", async () => {
    const number = await newQuote();
    const q = await getQuoteForStaff(manager, number);
    await expect(priceQuote(manager, number, { validUntil: format(addDays(new Date(), 10), "yyyy-MM-dd"), prices: { [q.lines[0].id]: 100 } })).rejects.toMatchObject({ kind: "invalid" });
    await expect(priceQuote(manager, number, { validUntil: "2000-01-01", prices: {} })).rejects.toMatchObject({ kind: "invalid" });
    expect(priceQuoteSchema.safeParse({ validUntil: "2030-01-01", prices: { [q.lines[0].id]: "-3" } }).success).toBe(false);
    await declineQuote(buyer, number, "Budget moved to next year");
    expect(await getQuote(buyer, number)).toMatchObject({ status: "declined", declineReason: "Budget moved to next year" });
  });

  it("another account's quote is not found", async () => {
    const number = await newQuote();
    const [other] = await getDb().select().from(contacts).where(eq(contacts.email, "buyer@globex.example"));
    const globex = { ...buyer, contactId: other.id, accountId: other.accountId, userId: other.userId! };
    await expect(getQuote(globex, number)).rejects.toMatchObject({ kind: "not_found" });
    await expect(acceptQuote(globex, number, { shippingAddressId: shipTo })).rejects.toMatchObject({ kind: "not_found" });
  });
});
