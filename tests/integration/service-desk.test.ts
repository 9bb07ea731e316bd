import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { and, eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb, queryRows } from "~db/client";
import { accounts, activities, ticketAttachments, ticketMessages, tickets } from "~db/schema";
import type { CustomerActor, StaffActor } from "~/auth/actor";
import { resetEnv } from "~/env.server";
import { readAttachment, storeUploads, withUploads } from "~/domain/support/attachments.server";
import { agentReply, listQueue } from "~/domain/support/desk.server";
import { fillPlaceholders, unknownPlaceholders } from "~/domain/support/macros";
import { listMacros, macroForTicket, macroSchema } from "~/domain/support/macros.server";
import { serviceFigures } from "~/domain/support/service-figures.server";
import { watchSlas } from "~/domain/support/sla-watch.server";
import { queueFilterSchema, raiseTicketSchema } from "~/domain/support/support.schema";
import { canReopen, closeAsCustomer, mergeTicket, reopenAsCustomer, setSharing, updateTicket } from "~/domain/support/ticket-edits.server";
import { getCustomerTicket, raiseTicket } from "~/domain/support/tickets-commands.server";
import { customerActor, seedSmall, staffActor } from "../setup/fixtures";

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 73, 72, 68, 82]);
const PDF = new TextEncoder().encode("%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n");
const HTML = new TextEncoder().encode("<html><script>alert(1)</script></html>");

let admin: CustomerActor;
let requester: CustomerActor;
let globex: CustomerActor;
let agent: StaffActor;
let manager: StaffActor;

const raise = (actor: CustomerActor, subject: string, extra: Record<string, string> = {}) =>
  raiseTicket(actor, raiseTicketSchema.parse({ subject, description: `${subject} — details follow here.`, category: "order_issue", ...extra }));

const ticketRow = async (number: number) => (await getDb().select().from(tickets).where(eq(tickets.number, number)))[0];

beforeAll(async () => {
  process.env.ATTACHMENT_DIR = await mkdtemp(path.join(tmpdir(), "accord-attachments-"));
  resetEnv();
  await seedSmall(3);
  admin = await customerActor("buyer@acme.example");
  requester = await customerActor("requester@acme.example");
  globex = await customerActor("buyer@globex.example");
  agent = await staffActor("agent@accord.example");
  manager = await staffActor("manager@accord.example");
});

describe("attachments", () => {
  it("accepts images and PDFs by their bytes, whatever the name says, and refuses anything else", async () => {
    const stored = await storeUploads([new File([PNG], "photo.exe"), new File([PDF], "delivery note.pdf", { type: "text/html" })]);
    expect(stored.map((s) => [s.fileName, s.contentType])).toEqual([
      ["photo.png", "image/png"],
      ["delivery note.pdf", "application/pdf"],
    ]);
    await expect(storeUploads([new File([HTML], "invoice.pdf", { type: "application/pdf" })])).rejects.toThrow(/not an image .* or a PDF/);
    await expect(storeUploads(Array.from({ length: 6 }, (_, i) => new File([PNG], `${i}.png`)))).rejects.toThrow(/at most 5/);
    process.env.MAX_ATTACHMENT_BYTES = "10";
    resetEnv();
    await expect(storeUploads([new File([PNG], "big.png")])).rejects.toThrow(/larger than/);
    delete process.env.MAX_ATTACHMENT_BYTES;
    resetEnv();
  });

  it("are readable by whoever may see the ticket and message — never another account, never on an internal note", async () => {
    const number = await withUploads([new File([PNG], "rust.png")], (files) => raiseTicket(requester, raiseTicketSchema.parse({ subject: "Rust on bearings", description: "See the photo of the shields.", category: "order_issue" }), files));
    const seen = await getCustomerTicket(requester, number);
    const [photo] = seen.messages[0].attachments;
    expect(photo.fileName).toBe("rust.png");
    expect((await readAttachment(requester, number, photo.id)).bytes.equals(Buffer.from(PNG))).toBe(true);
    expect((await readAttachment(agent, number, photo.id)).contentType).toBe("image/png");
    await expect(readAttachment(globex, number, photo.id)).rejects.toMatchObject({ kind: "not_found" });
    // The right attachment id with the wrong ticket number is not found either.
    await expect(readAttachment(requester, number + 1, photo.id)).rejects.toMatchObject({ kind: "not_found" });

    await withUploads([new File([PDF], "credit-check.pdf")], (files) => agentReply(agent, number, { body: "Credit check attached (internal).", visibility: "internal" }, files));
    const [internal] = await getDb().select({ id: ticketAttachments.id }).from(ticketAttachments).innerJoin(ticketMessages, eq(ticketMessages.id, ticketAttachments.messageId)).where(eq(ticketMessages.visibility, "internal"));
    await expect(readAttachment(requester, number, internal.id)).rejects.toMatchObject({ kind: "not_found" });
    await expect(readAttachment(admin, number, internal.id)).rejects.toMatchObject({ kind: "not_found" });
    expect((await readAttachment(agent, number, internal.id)).fileName).toBe("credit-check.pdf");
    expect((await getCustomerTicket(requester, number)).messages.flatMap((m) => m.attachments).map((a) => a.fileName)).toEqual(["rust.png"]);
  });

  it("leave no file behind when the ticket is refused", async () => {
    const before = await getDb().select({ id: ticketAttachments.id }).from(ticketAttachments);
    await expect(withUploads([new File([PNG], "x.png")], (files) => raiseTicket(admin, raiseTicketSchema.parse({ subject: "About an order", description: "It is late, please check.", category: "delivery", orderNumber: "SO-999999" }), files))).rejects.toThrow(/can't find order/);
    expect(await getDb().select({ id: ticketAttachments.id }).from(ticketAttachments)).toHaveLength(before.length);
  });
});

describe("agents edit tickets", () => {
  it("a new priority applies that priority's targets, and every change is on the customer's timeline", async () => {
    const number = await raise(admin, "Conveyor belt slipping");
    const before = await ticketRow(number);
    const changed = await updateTicket(agent, number, { priority: "urgent", category: "technical", assigneeId: manager.userId, status: "on_hold" });
    expect(changed).toEqual(["priority", "category", "assignee", "status"]);
    const after = await ticketRow(number);
    expect(after.priority).toBe("urgent");
    expect(after.firstResponseDueAt!.getTime()).toBeLessThan(before.firstResponseDueAt!.getTime());
    expect(after.assigneeId).toBe(manager.userId);
    const timeline = await getDb().select({ subject: activities.subject }).from(activities).where(and(eq(activities.entityId, after.id), eq(activities.type, "ticket_status")));
    expect(timeline.map((a) => a.subject)).toEqual(
      expect.arrayContaining([`Ticket #${number}: priority Normal → Urgent`, `Ticket #${number}: assigned to ${manager.name}`, `Ticket #${number}: New → On hold`]),
    );
    expect(await updateTicket(agent, number, { priority: "urgent" })).toEqual([]);
    await expect(updateTicket(agent, number, { assigneeId: admin.userId })).rejects.toThrow(/active member of staff/);
  });

  it("the queue filters by tier, account, assignee and category and sorts by priority", async () => {
    const [acme] = await getDb().select({ tier: accounts.tier, name: accounts.name }).from(accounts).where(eq(accounts.id, admin.accountId));
    const { tickets: rows } = await listQueue(agent, "all", queueFilterSchema.parse({ tier: acme.tier, account: acme.name.slice(0, 4).toLowerCase(), sort: "priority" }));
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.tier === acme.tier && r.accountName === acme.name)).toBe(true);
    const order = ["urgent", "high", "normal", "low"];
    expect(rows.map((r) => order.indexOf(r.priority))).toEqual([...rows.map((r) => order.indexOf(r.priority))].sort((a, b) => a - b));
    const unassigned = await listQueue(agent, "all", queueFilterSchema.parse({ assignee: "none", category: "technical" }));
    expect(unassigned.tickets.every((r) => r.assigneeName === null)).toBe(true);
    // Nonsense in the query string is ignored rather than an error.
    expect(queueFilterSchema.parse({ tier: "diamond", sort: "random", assignee: "x" })).toEqual({ sort: "due" });
  });

  it("merging moves the duplicate's thread into the other ticket and closes it with a pointer", async () => {
    const keep = await raise(admin, "Pallet of cartons damaged");
    const duplicate = await raise(admin, "Damaged pallet again");
    const foreign = await raise(globex, "Something at Globex");
    await expect(mergeTicket(agent, duplicate, foreign)).rejects.toThrow(/another customer/);
    await expect(mergeTicket(agent, duplicate, duplicate)).rejects.toThrow(/itself/);
    await mergeTicket(agent, duplicate, keep);
    const kept = await getCustomerTicket(admin, keep);
    expect(kept.messages.map((m) => m.body)).toEqual([`Pallet of cartons damaged — details follow here.`, `Damaged pallet again — details follow here.`]);
    const closed = await getCustomerTicket(admin, duplicate);
    expect(closed.status).toBe("closed");
    expect(closed.messages.map((m) => m.body)).toEqual([`We merged this request into ticket #${keep}, where the conversation continues.`]);
    expect(canReopen(closed)).toBe(false);
    await expect(mergeTicket(agent, duplicate, keep)).rejects.toMatchObject({ kind: "conflict" });
  });
});

describe("customers close and reopen", () => {
  it("close, then reopen within 14 days with a reason; not after", async () => {
    const number = await raise(requester, "Label printer question");
    await closeAsCustomer(requester, number);
    expect((await ticketRow(number)).status).toBe("closed");
    await reopenAsCustomer(requester, number, "It happened again this morning.");
    const reopened = await getCustomerTicket(requester, number);
    expect(reopened.status).toBe("open");
    expect(reopened.messages.at(-1)?.body).toBe("It happened again this morning.");
    await closeAsCustomer(requester, number);
    await getDb().update(tickets).set({ closedAt: new Date(Date.now() - 15 * 86_400_000) }).where(eq(tickets.number, number));
    await expect(reopenAsCustomer(requester, number, "again")).rejects.toThrow(/no longer be reopened/);
    await expect(closeAsCustomer(globex, number)).rejects.toMatchObject({ kind: "not_found" });
  });
});

describe("what a ticket is about, and who sees it", () => {
  it("links an order line by SKU, with words when the SKU is not on that order", async () => {
    const [order] = await queryRows<{ number: string; sku: string; name: string }>(getDb(), sql`select o.number, l.sku, l.name from orders o join order_lines l on l.order_id = o.id where o.account_id = ${requester.accountId} limit 1`);
    const number = await raise(requester, "One product on that order", { orderNumber: order.number, lineSku: order.sku.toLowerCase() });
    expect((await getCustomerTicket(requester, number)).line).toEqual({ sku: order.sku, name: order.name });
    await expect(raise(requester, "Wrong product", { orderNumber: order.number, lineSku: "NOT-A-SKU" })).rejects.toMatchObject({ kind: "invalid", field: "lineSku" });
    await expect(raise(requester, "No order given", { lineSku: order.sku })).rejects.toMatchObject({ kind: "invalid", field: "orderNumber" });
  });

  it("a requester shares a ticket with colleagues and takes it back; nobody else can", async () => {
    const [colleague] = await queryRows<{ email: string }>(getDb(), sql`select email from contacts where account_id = ${requester.accountId} and user_id is not null and portal_role <> 'admin' and id <> ${requester.contactId} limit 1`);
    const buyer = colleague ? await customerActor(colleague.email) : null;
    if (buyer) await expect(getCustomerTicket(buyer, await raise(requester, "Private one"))).rejects.toMatchObject({ kind: "not_found" });
    const number = await raise(requester, "Shared question about pallets");
    await expect(setSharing(admin, number, true)).rejects.toMatchObject({ kind: "not_found" });
    await setSharing(requester, number, true);
    expect((await ticketRow(number)).sharedWithAccount).toBe(true);
    if (buyer) expect((await getCustomerTicket(buyer, number)).number).toBe(number);
    await setSharing(requester, number, false);
    expect((await ticketRow(number)).sharedWithAccount).toBe(false);
    await expect(setSharing(globex, number, true)).rejects.toMatchObject({ kind: "not_found" });
  });
});

describe("SLA breaches and near-breaches", () => {
  it("are recorded once, at the due time, and notified to the assignee and (top tiers) the account manager", async () => {
    await getDb().update(accounts).set({ tier: "platinum", ownerId: manager.userId }).where(eq(accounts.id, admin.accountId));
    const number = await raise(admin, "Production line stopped", { priority: "urgent" });
    await updateTicket(agent, number, { assigneeId: agent.userId });
    const t = await ticketRow(number);
    // Nothing yet while the target is far away…
    const longBefore = new Date(t.firstResponseDueAt!.getTime() - 5 * 3_600_000);
    await watchSlas(longBefore);
    expect((await ticketRow(number)).nearBreachNotifiedAt).toBeNull();
    // …a warning within two hours of the target…
    await watchSlas(new Date(t.firstResponseDueAt!.getTime() - 30 * 60_000));
    expect((await ticketRow(number)).nearBreachNotifiedAt).not.toBeNull();
    // …a breach once it has passed, dated at the due time, and only once.
    const after = new Date(t.firstResponseDueAt!.getTime() + 60_000);
    await watchSlas(after);
    await watchSlas(new Date(after.getTime() + 60_000));
    const breached = await ticketRow(number);
    expect(breached.firstResponseBreachedAt?.toISOString()).toBe(t.firstResponseDueAt!.toISOString());
    const mails = await queryRows<{ to: string; kind: string }>(getDb(), sql`select data->>'to' as to, data->'props'->>'kind' as kind from pgboss.job where data->>'template' = 'sla-alert' and (data->'props'->>'ticketNumber')::int = ${number} order by 2, 1`);
    expect(mails).toEqual([
      { to: "agent@accord.example", kind: "breached" },
      { to: "manager@accord.example", kind: "breached" },
      { to: "agent@accord.example", kind: "near_breach" },
      { to: "manager@accord.example", kind: "near_breach" },
    ]);
    const [activity] = await getDb().select().from(activities).where(and(eq(activities.entityId, t.id), eq(activities.subject, `Ticket #${number}: first response SLA breached`)));
    expect(activity.occurredAt.toISOString()).toBe(t.firstResponseDueAt!.toISOString());
  });

  it("never while the clock is paused for the customer", async () => {
    const number = await raise(admin, "Waiting on our side", { priority: "urgent" });
    await getDb().update(tickets).set({ status: "pending_customer" }).where(eq(tickets.number, number));
    const t = await ticketRow(number);
    await watchSlas(new Date(t.resolutionDueAt!.getTime() + 86_400_000));
    const after = await ticketRow(number);
    expect(after.firstResponseBreachedAt).toBeNull();
    expect(after.resolutionBreachedAt).toBeNull();
  });
});

describe("canned replies", () => {
  it("fill placeholders for the ticket at hand; unknown ones stay visible and are refused when saving", async () => {
    expect(fillPlaceholders("Hi {{requester.first_name}}, order {{ticket.order_number}} — {{agent.name}} {{oops.typo}}", { "requester.first_name": "Dana", "ticket.order_number": null, "agent.name": "Alex" })).toBe("Hi Dana, order  — Alex {{oops.typo}}");
    expect(unknownPlaceholders("{{requester.name}} {{ticket.nope}}")).toEqual(["ticket.nope"]);
    expect(macroSchema.safeParse({ name: "Bad", body: "Hello {{customer.name}}" }).success).toBe(false);
    const [shipping] = (await listMacros()).filter((m) => m.name === "Shipping today");
    const filled = await macroForTicket(agent, shipping.id, { number: 10001, subject: "Where is it", orderNumber: "SO-100123", requesterName: "Dana Whitfield", accountName: "Acme" });
    expect(filled.body).toContain("Hello Dana,");
    expect(filled.body).toContain("order SO-100123 ships today");
    expect(filled.body).toContain(agent.name);
    expect(filled.setStatus).toBe("pending_customer");
  });
});

describe("service figures", () => {
  it("count raised tickets, SLA attainment, CSAT and deflections per tier, with a total", async () => {
    const now = new Date();
    const before = await serviceFigures(agent, "7d", now);
    const total = before.figures.find((f) => f.tier === "all")!;
    const [{ created }] = await queryRows<{ created: number }>(getDb(), sql`select count(*)::int as created from tickets where created_at >= ${new Date(now.getTime() - 7 * 86_400_000).toISOString()}::timestamptz and merged_into_ticket_id is null`);
    expect(total.created).toBe(Number(created));
    expect(before.figures.filter((f) => f.tier !== "all").reduce((s, f) => s + f.created, 0)).toBe(total.created);
    // A ticket solved late and rated 1 moves this tier's figures exactly so.
    const [{ tier }] = await getDb().select({ tier: accounts.tier }).from(accounts).where(eq(accounts.id, admin.accountId));
    const was = before.figures.find((f) => f.tier === tier)!;
    const number = await raise(admin, "Rated one");
    const t = await ticketRow(number);
    const solvedAt = new Date(t.resolutionDueAt!.getTime() + 60_000);
    await getDb().update(tickets).set({ status: "solved", solvedAt, satisfactionRating: 1, ratedAt: solvedAt }).where(eq(tickets.number, number));
    const after = await serviceFigures(agent, "7d", new Date(solvedAt.getTime() + 1000));
    const is = after.figures.find((f) => f.tier === tier)!;
    expect(is.created).toBe(was.created + 1);
    expect(is.ratings).toBe(was.ratings + 1);
    expect(is.csatAverage).toBeCloseTo(((was.csatAverage ?? 0) * was.ratings + 1) / (was.ratings + 1), 5);
    expect(after.weeks.length).toBeGreaterThanOrEqual(1);
    expect(after.backlog.every((b) => b.tickets > 0)).toBe(true);
  });
});
