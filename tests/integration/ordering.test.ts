import { and, eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb, queryRows } from "~db/client";
import { accountAddresses, accounts, activities, contacts, orderEvents, orderLines, orders, products } from "~db/schema";
import type { CustomerActor } from "~/auth/actor";
import { getProduct, listCatalog } from "~/domain/catalog/catalog.server";
import { catalogQuerySchema } from "~/domain/catalog/catalog.schema";
import { addToCart, getCart, quickOrder, setCartQuantity } from "~/domain/orders/cart.server";
import { checkoutSchema } from "~/domain/orders/checkout.schema";
import { cancelOrder, getOrder, listOrders, reorder } from "~/domain/orders/orders.server";
import { orderFiltersSchema } from "~/domain/orders/orders.schema";
import { placeOrder } from "~/domain/orders/place-order.server";
import { seedSmall } from "../setup/fixtures";

async function customer(email: string): Promise<CustomerActor> {
  const [c] = await getDb().select().from(contacts).where(eq(contacts.email, email));
  const [a] = await getDb().select().from(accounts).where(eq(accounts.id, c.accountId));
  return { kind: "customer", userId: c.userId!, contactId: c.id, accountId: c.accountId, accountName: a.name, role: c.portalRole!, spendingLimitCents: c.spendingLimitCents, name: `${c.firstName} ${c.lastName}`, email, timezone: "UTC" };
}

async function shippingAddress(accountId: string) {
  const [a] = await getDb().select().from(accountAddresses).where(and(eq(accountAddresses.accountId, accountId), eq(accountAddresses.kind, "shipping")));
  return a.id;
}

let acme: CustomerActor;
let requester: CustomerActor;
let globex: CustomerActor;

beforeAll(async () => {
  await seedSmall(4);
  acme = await customer("buyer@acme.example");
  requester = await customer("requester@acme.example");
  globex = await customer("buyer@globex.example");
  // Start each cart empty.
  for (const actor of [acme, requester, globex]) for (const l of (await getCart(actor)).lines) await setCartQuantity(actor, l.productId, 0);
});

describe("account prices", () => {
  it("an account price beats the price list, which beats the list price", async () => {
    const [override] = await queryRows<{ sku: string; unit_price_cents: number }>(
      getDb(),
      sql`select p.sku, ap.unit_price_cents from account_prices ap join products p on p.id = ap.product_id where ap.account_id = ${acme.accountId} limit 1`,
    );
    const product = await getProduct(acme, override.sku);
    expect(product).toMatchObject({ unitPriceCents: Number(override.unit_price_cents), priceSource: "account" });
    const other = await getProduct(globex, override.sku);
    expect(other.priceSource).toBe("price_list"); // Globex is platinum, on its price list
    expect(other.unitPriceCents).toBeLessThan(other.listPriceCents);
  });

  it("the catalog filters, sorts by the customer's price and paginates", async () => {
    const bearings = await listCatalog(acme, catalogQuerySchema.parse({ category: "bearings", sort: "price_asc" }));
    expect(bearings.total).toBeGreaterThan(10);
    const prices = bearings.products.map((p) => p.unitPriceCents);
    expect(prices).toEqual([...prices].sort((a, b) => a - b));
    expect(bearings.products.every((p) => p.categorySlug === "bearings")).toBe(true);
    const search = await listCatalog(acme, catalogQuerySchema.parse({ q: "6204" }));
    expect(search.products.every((p) => p.sku.includes("6204") || p.name.includes("6204"))).toBe(true);
    expect(catalogQuerySchema.parse({ sort: "drop table", page: "-4", stock: "x" })).toMatchObject({ sort: "name", page: 1, stock: "any" });
    await expect(getProduct(acme, "NO-SUCH-SKU")).rejects.toMatchObject({ kind: "not_found" });
  });
});

describe("cart and quick order", () => {
  it("quick order adds known SKUs and lists unknown ones without adding anything", async () => {
    const [a, b] = await getDb().select({ sku: products.sku }).from(products).where(eq(products.active, true)).limit(2);
    const failed = await quickOrder(acme, `${a.sku}, 3\nNOPE-123, 2\n${b.sku}; 0\n`);
    expect(failed.ok).toBe(false);
    if (failed.ok) throw new Error();
    expect(failed.problems.map((p) => p.line)).toEqual([2, 3]);
    expect(failed.problems[0].reason).toMatch(/NOPE-123/);
    expect((await getCart(acme)).lines).toHaveLength(0);

    const ok = await quickOrder(acme, `${a.sku}, 3\n${b.sku.toLowerCase()}\t5\n${a.sku} 2`);
    expect(ok).toEqual({ ok: true, added: 2 });
    const cart = await getCart(acme);
    expect(cart.lines.map((l) => [l.product.sku, l.quantity])).toEqual(expect.arrayContaining([[a.sku, 5], [b.sku, 5]]));
    expect(cart.subtotalCents).toBe(cart.lines.reduce((s, l) => s + l.product.unitPriceCents * l.quantity, 0));
  });

  it("refuses a product that does not exist", async () => {
    await expect(addToCart(acme, [{ productId: "00000000-0000-4000-8000-000000000000", quantity: 1 }])).rejects.toMatchObject({ kind: "not_found" });
  });
});

describe("placing an order", () => {
  it("places the cart once per idempotency key, at server prices, and records everything", async () => {
    const key = crypto.randomUUID();
    const input = checkoutSchema.parse({ idempotencyKey: key, shippingAddressId: await shippingAddress(acme.accountId), poNumber: "PO-TEST-1", priceCents: "1", totalCents: "1", accountId: globex.accountId });
    expect(input).not.toHaveProperty("totalCents");
    const cart = await getCart(acme);
    const first = await placeOrder(acme, input);
    const again = await placeOrder(acme, input);
    expect(first).toMatchObject({ ok: true, created: true });
    expect(again).toMatchObject({ ok: true, created: false });
    if (!first.ok || !again.ok) throw new Error();
    expect(again.orderNumber).toBe(first.orderNumber);
    const placed = await getOrder(acme, first.orderNumber);
    expect(placed.accountId).toBe(acme.accountId);
    expect(placed.subtotalCents).toBe(cart.subtotalCents);
    expect(placed.lines.map((l) => l.unitPriceCents).sort()).toEqual(cart.lines.map((l) => l.product.unitPriceCents).sort());
    expect(placed.events.map((e) => e.toStatus)).toEqual([placed.status]);
    expect((await getCart(acme)).lines).toHaveLength(0);
    const timeline = await getDb().select().from(activities).where(eq(activities.entityId, placed.id));
    expect(timeline.map((a) => a.type)).toContain("order_placed");
    const jobs = await queryRows<{ template: string }>(getDb(), sql`select data->>'template' as template from pgboss.job where name = 'email' and data->>'idempotencyKey' = ${`order-confirmation/${placed.id}`}`);
    expect(jobs).toHaveLength(1);
    const [{ n }] = await queryRows<{ n: number }>(getDb(), sql`select count(*)::int as n from orders where idempotency_key = ${key}`);
    expect(n).toBe(1);
  });

  it("a requester's order waits for approval; the admins are told", async () => {
    const [p] = await getDb().select({ id: products.id }).from(products).where(eq(products.active, true)).limit(1);
    await addToCart(requester, [{ productId: p.id, quantity: 2 }]);
    const result = await placeOrder(requester, checkoutSchema.parse({ idempotencyKey: crypto.randomUUID(), shippingAddressId: await shippingAddress(acme.accountId), poNumber: "PO-REQ" }));
    expect(result).toMatchObject({ ok: true, status: "pending_approval" });
    const jobs = await queryRows<{ to: string }>(getDb(), sql`select data->>'to' as to from pgboss.job where name = 'email' and data->>'template' = 'order-awaiting-approval'`);
    expect(jobs.map((j) => j.to)).toContain("buyer@acme.example");
  });

  it("an order past the credit limit is held for credit", async () => {
    await getDb().update(accounts).set({ creditLimitCents: 100 }).where(eq(accounts.id, globex.accountId));
    const [p] = await getDb().select({ id: products.id }).from(products).where(eq(products.active, true)).limit(1);
    await addToCart(globex, [{ productId: p.id, quantity: 1 }]);
    const result = await placeOrder(globex, checkoutSchema.parse({ idempotencyKey: crypto.randomUUID(), shippingAddressId: await shippingAddress(globex.accountId) }));
    expect(result).toMatchObject({ ok: true, status: "on_hold" });
    if (!result.ok) throw new Error();
    expect((await getOrder(globex, result.orderNumber)).holdReason).toBe("credit");
  });

  it("bad input gets field errors and writes nothing", async () => {
    const before = await queryRows<{ n: number }>(getDb(), sql`select count(*)::int as n from orders`);
    const empty = await placeOrder(acme, checkoutSchema.parse({ idempotencyKey: crypto.randomUUID(), shippingAddressId: await shippingAddress(acme.accountId) }));
    expect(empty).toMatchObject({ ok: false, errors: { cart: "Your cart is empty." } });
    const [p] = await getDb().select({ id: products.id }).from(products).where(eq(products.active, true)).limit(1);
    await addToCart(acme, [{ productId: p.id, quantity: 1 }]);
    const foreignAddress = await placeOrder(acme, checkoutSchema.parse({ idempotencyKey: crypto.randomUUID(), shippingAddressId: await shippingAddress(globex.accountId), poNumber: "X", requestedDeliveryDate: "2001-01-01" }));
    expect(foreignAddress).toMatchObject({ ok: false, errors: { shippingAddressId: expect.any(String), requestedDeliveryDate: expect.any(String) } });
    await getDb().update(accounts).set({ poRequired: true }).where(eq(accounts.id, acme.accountId));
    const noPo = await placeOrder(acme, checkoutSchema.parse({ idempotencyKey: crypto.randomUUID(), shippingAddressId: await shippingAddress(acme.accountId) }));
    expect(noPo).toMatchObject({ ok: false, errors: { poNumber: expect.stringContaining("requires a PO number") } });
    expect(checkoutSchema.safeParse({ idempotencyKey: "x", shippingAddressId: "y" }).success).toBe(false);
    const after = await queryRows<{ n: number }>(getDb(), sql`select count(*)::int as n from orders`);
    expect(after[0].n).toBe(before[0].n);
  });
});

describe("orders after placing", () => {
  it("lists with filters, never another account's; a foreign order number is not found", async () => {
    const all = await listOrders(acme, orderFiltersSchema.parse({}));
    expect(all.total).toBeGreaterThan(5);
    const [foreign] = await getDb().select({ number: orders.number }).from(orders).where(eq(orders.accountId, globex.accountId)).limit(1);
    await expect(getOrder(acme, foreign.number)).rejects.toMatchObject({ kind: "not_found" });
    expect(all.orders.some((o) => o.number === foreign.number)).toBe(false);
    const byPo = await listOrders(acme, orderFiltersSchema.parse({ po: "PO-TEST-1" }));
    expect(byPo.orders.map((o) => o.poNumber)).toEqual(["PO-TEST-1"]);
    const open = await listOrders(acme, orderFiltersSchema.parse({ status: "open" }));
    expect(open.orders.every((o) => !["delivered", "cancelled", "rejected"].includes(o.status))).toBe(true);
    const range = await listOrders(acme, orderFiltersSchema.parse({ from: "2026-01-01", to: "2026-01-31" }));
    expect(range.orders.every((o) => o.placedAt >= new Date("2026-01-01") && o.placedAt < new Date("2026-02-01"))).toBe(true);
    expect(orderFiltersSchema.parse({ status: "'; drop", from: "yesterday" })).toMatchObject({ status: undefined, from: undefined });
  });

  it("cancels before picking, not after; reorder puts lines back at today's prices", async () => {
    const [open] = await getDb().select().from(orders).where(and(eq(orders.accountId, acme.accountId), eq(orders.poNumber, "PO-TEST-1")));
    await cancelOrder(acme, open.number, "Ordered twice");
    const cancelled = await getOrder(acme, open.number);
    expect(cancelled.status).toBe("cancelled");
    expect(cancelled.events.at(-1)).toMatchObject({ fromStatus: open.status, toStatus: "cancelled", note: "Ordered twice" });
    await expect(cancelOrder(acme, open.number)).rejects.toMatchObject({ kind: "conflict" });
    const [shipped] = await getDb().select().from(orders).where(and(eq(orders.accountId, acme.accountId), eq(orders.status, "delivered"))).limit(1);
    await expect(cancelOrder(acme, shipped.number)).rejects.toMatchObject({ kind: "conflict" });
    await expect(cancelOrder(globex, shipped.number)).rejects.toMatchObject({ kind: "not_found" });

    for (const l of (await getCart(acme)).lines) await setCartQuantity(acme, l.productId, 0);
    const lines = await getDb().select().from(orderLines).where(eq(orderLines.orderId, shipped.id));
    const result = await reorder(acme, shipped.number);
    expect(result.added + result.unavailable.length).toBe(lines.length);
    const cart = await getCart(acme);
    for (const line of cart.lines) expect(line.product.unitPriceCents).toBe((await getProduct(acme, line.product.sku)).unitPriceCents);
    const events = await getDb().select().from(orderEvents).where(eq(orderEvents.orderId, open.id));
    expect(events.length).toBe(2);
  });
});

describe("customers like you also bought", () => {
  it("suggests products similar accounts buy that this account never ordered, at its prices", async () => {
    const { customersLikeYouBought } = await import("~/domain/catalog/recommendations.server");
    const suggestions = await customersLikeYouBought(acme, 4);
    expect(suggestions.length).toBeGreaterThan(0);
    const bought = await queryRows<{ product_id: string }>(getDb(), sql`select distinct product_id from order_lines where account_id = ${acme.accountId}`);
    const boughtIds = new Set(bought.map((b) => b.product_id));
    expect(suggestions.every((p) => !boughtIds.has(p.id))).toBe(true);
    for (const p of suggestions) expect(p.unitPriceCents).toBe((await getProduct(acme, p.sku)).unitPriceCents);
  });
});
