import { and, eq, ne } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "~db/client";
import { contacts, orders, tickets } from "~db/schema";
import type { CustomerActor, StaffActor } from "~/auth/actor";
import { listOwnedAccounts } from "~/domain/accounts/accounts.server";
import { recentAccountActivity } from "~/domain/activity/timeline.server";
import { listOpenOrders, listOrdersAwaitingApproval } from "~/domain/orders/orders.server";
import { listOpenTicketsForCustomer, queueSummary } from "~/domain/support/tickets.server";
import { seedSmall, userIdByEmail } from "../setup/fixtures";

async function customer(email: string): Promise<CustomerActor> {
  const [c] = await getDb().select().from(contacts).where(eq(contacts.email, email));
  return {
    kind: "customer",
    userId: c.userId!,
    contactId: c.id,
    accountId: c.accountId,
    accountName: "",
    role: c.portalRole!,
    spendingLimitCents: c.spendingLimitCents,
    name: `${c.firstName} ${c.lastName}`,
    email,
    timezone: "UTC",
  };
}

beforeAll(async () => {
  await seedSmall(4);
});

describe("customers see only their own account", () => {
  it("open orders and approvals are the account's own", async () => {
    const acme = await customer("buyer@acme.example");
    const globex = await customer("buyer@globex.example");
    const acmeOrders = await listOpenOrders(acme, 100);
    expect(acmeOrders.total).toBeGreaterThan(0);
    const ids = acmeOrders.orders.map((o) => o.id);
    const foreign = await getDb().select({ id: orders.id }).from(orders).where(ne(orders.accountId, acme.accountId));
    expect(ids.filter((id) => foreign.some((f) => f.id === id))).toEqual([]);
    const globexOrders = await listOpenOrders(globex, 100);
    expect(globexOrders.orders.every((o) => !ids.includes(o.id))).toBe(true);

    // The admin sees the requester's order awaiting approval; a colleague who did not place it does not.
    const awaitingForAdmin = await listOrdersAwaitingApproval(acme);
    expect(awaitingForAdmin.total).toBeGreaterThan(0);
    const requester = await customer("requester@acme.example");
    const awaitingForRequester = await listOrdersAwaitingApproval(requester);
    expect(awaitingForRequester.orders.every((o) => o.placedBy === "Sam Ortega")).toBe(true);
    expect((await listOrdersAwaitingApproval(globex)).orders.some((o) => awaitingForAdmin.orders.some((a) => a.id === o.id))).toBe(false);
  });

  it("requesters see their own and shared tickets; admins see the account's", async () => {
    const admin = await customer("buyer@acme.example");
    const requester = await customer("requester@acme.example");
    // Make sure a colleague's private ticket exists.
    const [colleagueTicket] = await getDb()
      .update(tickets)
      .set({ requesterContactId: admin.contactId, sharedWithAccount: false, status: "open" })
      .where(and(eq(tickets.accountId, admin.accountId)))
      .returning({ id: tickets.id });
    const forAdmin = await listOpenTicketsForCustomer(admin, 100);
    const forRequester = await listOpenTicketsForCustomer(requester, 100);
    expect(forAdmin.tickets.some((t) => t.id === colleagueTicket.id)).toBe(true);
    expect(forRequester.tickets.some((t) => t.id === colleagueTicket.id)).toBe(false);
    const activity = await recentAccountActivity(requester, 200);
    expect(activity.some((a) => a.entityId === colleagueTicket.id)).toBe(false);
    expect((await recentAccountActivity(admin, 200)).every((a) => ["order_placed", "order_status", "quote", "ticket_opened", "ticket_reply"].includes(a.type))).toBe(true);
  });
});

describe("staff views", () => {
  it("an account manager's accounts are the ones they own, with revenue", async () => {
    const manager: StaffActor = { kind: "staff", userId: await userIdByEmail("manager@accord.example"), role: "account_manager", name: "Morgan Blake", email: "manager@accord.example", timezone: "UTC" };
    const owned = await listOwnedAccounts(manager, 50);
    expect(owned.accounts.map((a) => a.name)).toEqual(expect.arrayContaining(["Acme Manufacturing", "Globex Chemicals"]));
    expect(owned.total).toBe(owned.accounts.length);
    const summary = await queueSummary(manager);
    expect(summary.open).toBeGreaterThan(0);
    expect(summary.unassigned).toBeLessThanOrEqual(summary.open);
  });
});
