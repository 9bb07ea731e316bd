import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb, queryRows } from "~db/client";
import { accounts, contacts, kbArticles, ticketDeflections, ticketMessages, tickets } from "~db/schema";
import type { CustomerActor } from "~/auth/actor";
import { recordDeflection } from "~/domain/knowledge/deflection.server";
import { raiseTicketSchema } from "~/domain/support/support.schema";
import { addBusinessMinutes } from "~/domain/support/sla";
import { getCustomerTicket, raiseTicket, replyAsCustomer, slaFor } from "~/domain/support/tickets-commands.server";
import { listCustomerTickets } from "~/domain/support/tickets.server";
import { seedSmall } from "../setup/fixtures";

async function customer(email: string): Promise<CustomerActor> {
  const [c] = await getDb().select().from(contacts).where(eq(contacts.email, email));
  return { kind: "customer", userId: c.userId!, contactId: c.id, accountId: c.accountId, accountName: "", role: c.portalRole!, spendingLimitCents: c.spendingLimitCents, name: `${c.firstName} ${c.lastName}`, email, timezone: "UTC" };
}

let admin: CustomerActor;
let requester: CustomerActor;
let globex: CustomerActor;

beforeAll(async () => {
  await seedSmall(3);
  admin = await customer("buyer@acme.example");
  requester = await customer("requester@acme.example");
  globex = await customer("buyer@globex.example");
});

describe("raising tickets", () => {
  it("applies the SLA of the account's tier and priority, in business hours, and promises it by e-mail", async () => {
    const before = new Date();
    const number = await raiseTicket(requester, raiseTicketSchema.parse({ subject: "Bearings arrived with rust", description: "Two boxes of 6204-2RS have rust on the shields.", category: "order_issue", priority: "high" }));
    const ticket = await getCustomerTicket(requester, number);
    const [{ tier }] = await getDb().select({ tier: accounts.tier }).from(accounts).where(eq(accounts.id, requester.accountId));
    const sla = (await slaFor(getDb(), tier, "high"))!;
    const expected = addBusinessMinutes(ticket.createdAt, sla.policy.firstResponseMinutes, sla.calendar);
    expect(ticket.firstResponseDueAt?.toISOString()).toBe(expected.toISOString());
    expect(ticket.firstResponseDueAt!.getTime()).toBeGreaterThanOrEqual(before.getTime() + sla.policy.firstResponseMinutes * 60_000 - 1000);
    expect(ticket.status).toBe("new");
    const [mail] = await queryRows<{ promise: string }>(getDb(), sql`select data->'props'->>'firstResponseBy' as promise from pgboss.job where data->>'template' = 'ticket-received' and (data->'props'->>'ticketNumber')::int = ${number}`);
    expect(mail.promise).toMatch(/^(Mon|Tue|Wed|Thu|Fri), /);
  });

  it("refuses another account's order number, with words", async () => {
    const [foreignOrder] = await queryRows<{ number: string }>(getDb(), sql`select number from orders where account_id = ${globex.accountId} limit 1`);
    await expect(raiseTicket(admin, raiseTicketSchema.parse({ subject: "About that order", description: "Where is it now?", category: "delivery", orderNumber: foreignOrder.number }))).rejects.toThrow(/can't find order/);
    expect(raiseTicketSchema.safeParse({ subject: "Hi", description: "x", category: "nope" }).success).toBe(false);
  });
});

describe("what customers see", () => {
  it("never another account's ticket, a colleague's private one, or an internal note", async () => {
    const mine = await raiseTicket(admin, raiseTicketSchema.parse({ subject: "Private question for us", description: "Only admins should see this one.", category: "account" }));
    const [row] = await getDb().select().from(tickets).where(eq(tickets.number, mine));
    await getDb().insert(ticketMessages).values({ accountId: row.accountId, ticketId: row.id, visibility: "internal", body: "INTERNAL: customer is a key account" });
    const seen = await getCustomerTicket(admin, mine);
    expect(seen.messages.map((m) => m.body).join(" ")).not.toContain("INTERNAL");
    await expect(getCustomerTicket(requester, mine)).rejects.toMatchObject({ kind: "not_found" });
    await expect(getCustomerTicket(globex, mine)).rejects.toMatchObject({ kind: "not_found" });
    expect((await listCustomerTickets(requester)).tickets.some((t) => t.number === mine)).toBe(false);
    expect((await listCustomerTickets(admin)).tickets.some((t) => t.number === mine)).toBe(true);
  });

  it("a reply on a ticket waiting for the customer puts it back with the team", async () => {
    const number = await raiseTicket(requester, raiseTicketSchema.parse({ subject: "Need a data sheet", description: "For FAS-HB-M8x25-ZP please.", category: "product_question" }));
    await getDb().update(tickets).set({ status: "pending_customer" }).where(eq(tickets.number, number));
    await replyAsCustomer(requester, number, "Here is the batch number: 4471-B");
    const t = await getCustomerTicket(requester, number);
    expect(t.status).toBe("open");
    expect(t.messages.at(-1)?.body).toBe("Here is the batch number: 4471-B");
    await getDb().update(tickets).set({ status: "closed" }).where(eq(tickets.number, number));
    await expect(replyAsCustomer(requester, number, "again")).rejects.toMatchObject({ kind: "conflict" });
  });

  it("'this answered my question' counts a deflection, only for articles the customer may read", async () => {
    const [publicArticle] = await getDb().select().from(kbArticles).where(eq(kbArticles.visibility, "public")).limit(1);
    const [internal] = await getDb().select().from(kbArticles).where(eq(kbArticles.visibility, "internal")).limit(1);
    const mine = () => getDb().select().from(ticketDeflections).where(eq(ticketDeflections.accountId, admin.accountId));
    const seeded = (await mine()).length;
    await recordDeflection(admin, publicArticle.id, "how do I track my order");
    await expect(recordDeflection(admin, internal.id, "x")).rejects.toMatchObject({ kind: "not_found" });
    const rows = await mine();
    expect(rows).toHaveLength(seeded + 1);
    expect(rows.find((r) => r.query === "how do I track my order")?.articleId).toBe(publicArticle.id);
  });
});

describe("the service desk", () => {
  it("a new ticket waits in 'unassigned'; a public reply answers it, is e-mailed, and stops the first-response clock", async () => {
    const { agentReply, getTicketForStaff, listQueue } = await import("~/domain/support/desk.server");
    const { userIdByEmail } = await import("../setup/fixtures");
    const agent = { kind: "staff" as const, userId: await userIdByEmail("agent@accord.example"), role: "agent" as const, name: "Alex Morgan", email: "agent@accord.example", timezone: "UTC" };
    const number = await raiseTicket(requester, raiseTicketSchema.parse({ subject: "Wrong size delivered", description: "We got 6205 instead of 6204.", category: "order_issue", priority: "urgent" }));
    const queue = await listQueue(agent, "unassigned");
    expect(queue.tickets.map((t) => t.number)).toContain(number);
    expect(queue.counts.unassigned).toBeGreaterThan(0);

    await agentReply(agent, number, { body: "Checked with the warehouse: short-picked.", visibility: "internal" });
    let t = await getTicketForStaff(agent, number);
    expect(t.firstRespondedAt).toBeNull();
    expect((await getCustomerTicket(requester, number)).messages.map((m) => m.body)).not.toContain("Checked with the warehouse: short-picked.");

    await agentReply(agent, number, { body: "The right bearings ship today.", visibility: "public", status: "pending_customer" });
    t = await getTicketForStaff(agent, number);
    expect(t.firstRespondedAt).not.toBeNull();
    expect(t.assigneeId).toBe(agent.userId);
    expect(t.status).toBe("pending_customer");
    expect(t.slaPausedSince).not.toBeNull();
    const mails = await queryRows<{ to: string }>(getDb(), sql`select data->>'to' as to from pgboss.job where data->>'template' = 'agent-replied' and (data->'props'->>'ticketNumber')::int = ${number}`);
    expect(mails).toEqual([{ to: "requester@acme.example" }]);
    expect((await getCustomerTicket(requester, number)).messages.at(-1)?.body).toBe("The right bearings ship today.");

    // The customer answers: the clock resumes and the resolution due time moves by the paused business minutes.
    const before = t.resolutionDueAt!;
    await replyAsCustomer(requester, number, "Thanks, received.");
    t = await getTicketForStaff(agent, number);
    expect(t.status).toBe("open");
    expect(t.slaPausedSince).toBeNull();
    expect(t.resolutionDueAt!.getTime()).toBeGreaterThanOrEqual(before.getTime());
  });
});

describe("satisfaction", () => {
  it("solving e-mails one-click rating links that work without signing in; the ticket page rates too", async () => {
    const { agentReply } = await import("~/domain/support/desk.server");
    const { rateAsCustomer, rateByToken } = await import("~/domain/support/rating.server");
    const { userIdByEmail } = await import("../setup/fixtures");
    const agent = { kind: "staff" as const, userId: await userIdByEmail("agent@accord.example"), role: "agent" as const, name: "Alex Morgan", email: "agent@accord.example", timezone: "UTC" };
    const number = await raiseTicket(requester, raiseTicketSchema.parse({ subject: "Invoice copy needed", description: "Please resend the invoice for last week.", category: "invoice" }));
    await expect(rateAsCustomer(requester, number, { score: 5 })).rejects.toMatchObject({ kind: "conflict" });
    await agentReply(agent, number, { body: "Attached the invoice again.", visibility: "public", status: "solved" });
    const [mail] = await queryRows<{ urls: string[] }>(getDb(), sql`select data->'props'->'ratingUrls' as urls from pgboss.job where data->>'template' = 'ticket-solved' and (data->'props'->>'ticketNumber')::int = ${number}`);
    const urls = typeof mail.urls === "string" ? (JSON.parse(mail.urls) as string[]) : mail.urls;
    expect(urls).toHaveLength(5);
    const token = urls[3].match(/\/rate\/([A-Za-z0-9_-]{43})\?score=4$/)![1];
    expect(await rateByToken(token, { score: 4 })).toMatchObject({ number });
    let t = await getCustomerTicket(requester, number);
    expect(t.satisfactionRating).toBe(4);
    await rateAsCustomer(requester, number, { score: 5, comment: "Quick, thanks" });
    t = await getCustomerTicket(requester, number);
    expect(t).toMatchObject({ satisfactionRating: 5, satisfactionComment: "Quick, thanks" });
    await expect(rateByToken("x".repeat(43), { score: 5 })).rejects.toMatchObject({ kind: "not_found" });
    await expect(rateByToken(token, { score: 9 })).rejects.toMatchObject({ kind: "invalid" });
  });
});
