import { and, eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb, queryRows } from "~db/client";
import { accountAddresses, accounts, activities, contacts, orders, products } from "~db/schema";
import type { CustomerActor, StaffActor } from "~/auth/actor";
import { addToCart } from "~/domain/orders/cart.server";
import { checkoutSchema } from "~/domain/orders/checkout.schema";
import { getOrder, getOrderForStaff, listOrdersForStaff } from "~/domain/orders/orders.server";
import { orderFiltersSchema } from "~/domain/orders/orders.schema";
import { placeOrder } from "~/domain/orders/place-order.server";
import { changeOrderStatus, decideApproval } from "~/domain/orders/status.server";
import { seedSmall, userIdByEmail } from "../setup/fixtures";

async function customer(email: string): Promise<CustomerActor> {
  const [c] = await getDb().select().from(contacts).where(eq(contacts.email, email));
  return { kind: "customer", userId: c.userId!, contactId: c.id, accountId: c.accountId, accountName: "", role: c.portalRole!, spendingLimitCents: c.spendingLimitCents, name: `${c.firstName} ${c.lastName}`, email, timezone: "UTC" };
}

async function requesterOrder(requester: CustomerActor): Promise<string> {
  const [p] = await getDb().select({ id: products.id }).from(products).where(eq(products.active, true)).limit(1);
  await addToCart(requester, [{ productId: p.id, quantity: 3 }]);
  const [address] = await getDb().select().from(accountAddresses).where(and(eq(accountAddresses.accountId, requester.accountId), eq(accountAddresses.kind, "shipping")));
  const result = await placeOrder(requester, checkoutSchema.parse({ idempotencyKey: crypto.randomUUID(), shippingAddressId: address.id, poNumber: "PO-APPROVE" }));
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.orderNumber;
}

let admin: CustomerActor;
let requester: CustomerActor;
let agent: StaffActor;

beforeAll(async () => {
  await seedSmall(3);
  admin = await customer("buyer@acme.example");
  requester = await customer("requester@acme.example");
  agent = { kind: "staff", userId: await userIdByEmail("agent@accord.example"), role: "agent", name: "Alex Morgan", email: "agent@accord.example", timezone: "UTC" };
  await getDb().update(accounts).set({ creditLimitCents: 1_000_000_000 }).where(eq(accounts.id, admin.accountId));
});

describe("approvals", () => {
  it("an admin approves a requester's order; the requester is e-mailed", async () => {
    const number = await requesterOrder(requester);
    await expect(decideApproval(requester, number, { approve: true })).rejects.toMatchObject({ kind: "forbidden" });
    expect(await decideApproval(admin, number, { approve: true })).toBe("submitted");
    const order = await getOrder(admin, number);
    expect(order.status).toBe("submitted");
    expect(order.approvedByUserId).toBe(admin.userId);
    expect(order.events.map((e) => e.toStatus)).toEqual(["pending_approval", "submitted"]);
    const mails = await queryRows<{ to: string; label: string }>(getDb(), sql`select data->>'to' as to, data->'props'->>'statusLabel' as label from pgboss.job where data->>'template' = 'order-status-changed'`);
    expect(mails).toContainEqual({ to: "requester@acme.example", label: "Submitted" });
    await expect(decideApproval(admin, number, { approve: true })).rejects.toMatchObject({ kind: "conflict" });
  });

  it("a rejection needs a reason, which the requester sees", async () => {
    const number = await requesterOrder(requester);
    await expect(decideApproval(admin, number, { approve: false, reason: "  " })).rejects.toMatchObject({ kind: "invalid" });
    expect(await decideApproval(admin, number, { approve: false, reason: "Use the framework PO" })).toBe("rejected");
    const order = await getOrder(requester, number);
    expect(order).toMatchObject({ status: "rejected", rejectionReason: "Use the framework PO" });
  });
});

describe("staff move orders", () => {
  it("through confirmed, picking and shipped with tracking, each an event, a timeline entry and an e-mail", async () => {
    const number = await requesterOrder(requester);
    await decideApproval(admin, number, { approve: true });
    await changeOrderStatus(agent, number, { to: "confirmed" });
    await changeOrderStatus(agent, number, { to: "picking", note: "Picking from aisle 4" });
    await expect(changeOrderStatus(agent, number, { to: "shipped" })).rejects.toMatchObject({ kind: "invalid" });
    await changeOrderStatus(agent, number, { to: "shipped", carrier: "UPS", trackingNumber: "1Z999AA10123456784" });
    await expect(changeOrderStatus(agent, number, { to: "confirmed" })).rejects.toMatchObject({ kind: "conflict" });
    const order = await getOrderForStaff(agent, number);
    expect(order.status).toBe("shipped");
    expect(order.events.map((e) => e.toStatus)).toEqual(["pending_approval", "submitted", "confirmed", "picking", "shipped"]);
    expect(order.shipments[0]).toMatchObject({ carrier: "UPS", trackingNumber: "1Z999AA10123456784", trackingUrl: "https://www.ups.com/track?tracknum=1Z999AA10123456784" });
    const timeline = await getDb().select().from(activities).where(and(eq(activities.entityId, order.id), eq(activities.type, "order_status")));
    expect(timeline).toHaveLength(4);
    const mail = await queryRows<{ carrier: string }>(getDb(), sql`select data->'props'->'shipment'->>'carrier' as carrier from pgboss.job where data->>'template' = 'order-status-changed' and data->'props'->>'orderNumber' = ${number} and data->'props'->>'statusLabel' = 'Shipped'`);
    expect(mail).toEqual([{ carrier: "UPS" }]);
    await expect(changeOrderStatus(agent, "SO-0", { to: "confirmed" })).rejects.toMatchObject({ kind: "not_found" });
  });

  it("the desk lists every account's orders by view and search", async () => {
    const open = await listOrdersForStaff(agent, orderFiltersSchema.parse({ status: "open" }));
    expect(open.orders.every((o) => !["delivered", "cancelled", "rejected"].includes(o.status))).toBe(true);
    const accountsSeen = new Set((await listOrdersForStaff(agent, orderFiltersSchema.parse({}))).orders.map((o) => o.accountName));
    expect(accountsSeen.size).toBeGreaterThan(1);
    const [one] = await getDb().select({ number: orders.number }).from(orders).limit(1);
    expect((await listOrdersForStaff(agent, orderFiltersSchema.parse({ q: one.number }))).orders.map((o) => o.number)).toContain(one.number);
  });
});
