import { and, eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb, queryRows } from "~db/client";
import { accounts, activities, contacts, imports, mailMessages, opportunities, orders, tasks, users } from "~db/schema";
import type { StaffActor } from "~/auth/actor";
import { logActivity, setTaskDone } from "~/domain/crm/activities.server";
import { accountAlerts } from "~/domain/crm/alerts.server";
import { accountsForExport, listAccounts } from "~/domain/crm/accounts.server";
import { accountListSchema, accountSchema, contactSchema, logActivitySchema } from "~/domain/crm/crm.schema";
import { getImport, prepareImport, runImportJob, startImport } from "~/domain/crm/import.server";
import { saveAccount, saveContact } from "~/domain/crm/manage.server";
import { createOpportunity, moveStage, pipeline } from "~/domain/crm/pipeline.server";
import { moveStageSchema, opportunitySchema } from "~/domain/crm/pipeline.schema";
import { getAccountRecord, timelinePage } from "~/domain/crm/record.server";
import { createStaff, updateStaff } from "~/domain/platform/staff.server";
import { accountIdOf, seedSmall, staffActor } from "../setup/fixtures";

let agent: StaffActor;
let manager: StaffActor;
let admin: StaffActor;
let acme: string;
let globex: string;

beforeAll(async () => {
  await seedSmall(6);
  agent = await staffActor("agent@accord.example");
  manager = await staffActor("manager@accord.example");
  admin = await staffActor("admin@accord.example");
  acme = await accountIdOf("buyer@acme.example");
  globex = await accountIdOf("buyer@globex.example");
});

describe("the customer list", () => {
  it("sorts by 12-month revenue as the orders add up, filters, and exports the same view", async () => {
    const { accounts: rows, total } = await listAccounts(agent, accountListSchema.parse({ sort: "revenue", dir: "desc" }));
    const expected = await queryRows<{ id: string; revenue: number }>(
      getDb(),
      sql`select a.id, coalesce(sum(o.total_cents) filter (where o.placed_at >= now() - interval '365 days' and o.status not in ('cancelled','rejected')), 0)::bigint as revenue
          from accounts a left join orders o on o.account_id = a.id group by a.id order by 2 desc, a.id`,
    );
    expect(total).toBe(expected.length);
    expect(rows.map((r) => [r.id, r.revenue12mCents])).toEqual(expected.map((e) => [e.id, Number(e.revenue)]));

    const mine = await listAccounts(manager, accountListSchema.parse({ owner: "me", tier: "gold" }));
    const [{ n }] = await queryRows<{ n: number }>(getDb(), sql`select count(*)::int as n from accounts where owner_id = ${manager.userId} and tier = 'gold'`);
    expect(mine.total).toBe(Number(n));
    const withTickets = await listAccounts(agent, accountListSchema.parse({ openTickets: "yes" }));
    expect(withTickets.accounts.every((a) => a.openTickets > 0)).toBe(true);

    const exported = [];
    for await (const row of accountsForExport(agent, accountListSchema.parse({ sort: "revenue", dir: "desc" }))) exported.push(row.id);
    expect(exported).toEqual(rows.map((r) => r.id));
  });

  it("filters accounts with overdue tasks", async () => {
    await getDb().insert(tasks).values({ accountId: globex, assigneeId: manager.userId, title: "Overdue call-back", dueAt: new Date(Date.now() - 86_400_000) });
    const { accounts: rows } = await listAccounts(agent, accountListSchema.parse({ overdueTasks: "yes" }));
    expect(rows.map((r) => r.id)).toContain(globex);
    const [{ n }] = await queryRows<{ n: number }>(getDb(), sql`select count(distinct account_id)::int as n from tasks where status = 'open' and due_at < now()`);
    expect(rows).toHaveLength(Number(n));
  });
});

describe("the customer record", () => {
  it("adds up revenue, average order and open tickets from the orders and tickets", async () => {
    const record = await getAccountRecord(agent, acme);
    const [raw] = await queryRows<{ revenue: number; orders: number }>(getDb(), sql`select coalesce(sum(total_cents), 0)::bigint as revenue, count(*)::int as orders from orders where account_id = ${acme} and placed_at >= now() - interval '365 days' and status not in ('cancelled','rejected')`);
    expect(record.figures.revenue12mCents).toBe(Number(raw.revenue));
    expect(record.figures.orders12m).toBe(Number(raw.orders));
    expect(record.revenueByMonth.reduce((s, m) => s + m.revenueCents, 0)).toBeLessThanOrEqual(record.figures.revenue12mCents);
    expect(record.revenueByMonth).toHaveLength(12);
    expect(record.contacts.map((c) => c.email)).toContain("buyer@acme.example");
    await expect(getAccountRecord(agent, "00000000-0000-0000-0000-000000000000")).rejects.toMatchObject({ kind: "not_found" });
  });

  it("merges activities and sent e-mails into one newest-first timeline that pages without gaps or repeats", async () => {
    await getDb().insert(mailMessages).values({ idempotencyKey: "t/1", template: "order-confirmation", accountId: acme, toAddress: "buyer@acme.example", fromAddress: "x@accord.example", subject: "Your order SO-TEST", html: "<p>x</p>", text: "x", status: "captured" });
    const seen: string[] = [];
    let cursor: string | null = null;
    let last = Number.POSITIVE_INFINITY;
    do {
      const page = await timelinePage(agent, acme, { cursor, limit: 7 });
      for (const item of page.items) {
        expect(item.occurredAt.getTime()).toBeLessThanOrEqual(last);
        last = item.occurredAt.getTime();
        seen.push(`${item.kind}:${item.id}`);
      }
      cursor = page.nextCursor;
    } while (cursor);
    const [{ n }] = await queryRows<{ n: number }>(getDb(), sql`select ((select count(*) from activities where account_id = ${acme}) + (select count(*) from mail_messages where account_id = ${acme}))::int as n`);
    expect(seen).toHaveLength(Number(n));
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.some((s) => s.startsWith("email_sent:"))).toBe(true);
    const orderOnly = await timelinePage(agent, acme, { filter: "orders" });
    expect(orderOnly.items.every((i) => i.kind === "order_placed" || i.kind === "order_status")).toBe(true);
    expect(orderOnly.items.find((i) => i.entityType === "order")?.entityRef).toMatch(/^SO-/);
    const mails = await timelinePage(agent, acme, { filter: "emails" });
    expect(mails.items.map((i) => i.subject)).toContain("Your order SO-TEST");
    // A tampered cursor starts from the top rather than failing.
    expect((await timelinePage(agent, acme, { cursor: "not-a-cursor", limit: 3 })).items).toHaveLength(3);
  });

  it("logs a call with a follow-up task in one step; an agent may log but not create tasks", async () => {
    const [dana] = await getDb().select().from(contacts).where(eq(contacts.email, "buyer@acme.example"));
    const input = logActivitySchema.parse({ type: "call", subject: "Quarterly review", body: "Wants consolidated invoices.", contactId: dana.id, durationMinutes: "25", followUpTitle: "Send invoice consolidation offer", followUpDue: "2026-12-01" });
    const { taskId } = await logActivity(manager, acme, input);
    const [task] = await getDb().select().from(tasks).where(eq(tasks.id, taskId!));
    expect(task).toMatchObject({ title: "Send invoice consolidation offer", assigneeId: manager.userId, contactId: dana.id, status: "open" });
    expect(task.dueAt?.toISOString()).toBe("2026-12-01T09:00:00.000Z");
    const [call] = await getDb().select().from(activities).where(and(eq(activities.accountId, acme), eq(activities.subject, "Quarterly review")));
    expect(call).toMatchObject({ type: "call", durationMinutes: 25, direction: "outbound", actorUserId: manager.userId });

    await expect(logActivity(agent, acme, input)).rejects.toMatchObject({ kind: "forbidden" });
    await logActivity(agent, acme, logActivitySchema.parse({ type: "note", subject: "Customer prefers e-mail" }));
    const [globexContact] = await getDb().select().from(contacts).where(eq(contacts.accountId, globex)).limit(1);
    const before = await getDb().select({ id: activities.id }).from(activities).where(eq(activities.accountId, acme));
    await expect(logActivity(manager, acme, logActivitySchema.parse({ type: "call", subject: "Wrong person", contactId: globexContact.id, followUpTitle: "x" }))).rejects.toMatchObject({ field: "contactId" });
    expect(await getDb().select({ id: activities.id }).from(activities).where(eq(activities.accountId, acme))).toHaveLength(before.length);

    await setTaskDone(manager, taskId!, true);
    const [done] = await getDb().select().from(activities).where(and(eq(activities.entityId, taskId!), eq(activities.type, "task_completed")));
    expect(done.subject).toBe("Task done: Send invoice consolidation offer");
    await expect(setTaskDone(agent, taskId!, false)).rejects.toMatchObject({ kind: "forbidden" });
  });
});

describe("the pipeline", () => {
  it("moves an opportunity to won with the order it became, logged on the timeline; agents are kept out", async () => {
    const id = await createOpportunity(manager, acme, opportunitySchema.parse({ name: "Coolant supply 2027", amount: "48000", expectedCloseDate: "2027-02-15", stage: "proposal" }));
    const [order] = await getDb().select({ number: orders.number }).from(orders).where(eq(orders.accountId, acme)).limit(1);
    const [foreign] = await getDb().select({ number: orders.number }).from(orders).where(eq(orders.accountId, globex)).limit(1);
    await expect(moveStage(manager, id, moveStageSchema.parse({ stage: "won", result: foreign.number }))).rejects.toMatchObject({ field: "result" });
    await moveStage(manager, id, moveStageSchema.parse({ stage: "won", result: order.number }));
    const [won] = await getDb().select().from(opportunities).where(eq(opportunities.id, id));
    expect(won).toMatchObject({ stage: "won", probability: 100 });
    expect(won.closedAt).not.toBeNull();
    const [activity] = await getDb().select().from(activities).where(and(eq(activities.entityId, id), eq(activities.type, "opportunity_stage"), sql`${activities.metadata}->>'to' = 'won'`));
    expect(activity.subject).toBe("Coolant supply 2027: Proposal → Won ($48,000.00)");
    expect(moveStageSchema.safeParse({ stage: "lost" }).success).toBe(false);
    await expect(pipeline(agent, "all")).rejects.toMatchObject({ kind: "forbidden" });
    await expect(moveStage(agent, id, moveStageSchema.parse({ stage: "lost", lostReason: "x" }))).rejects.toMatchObject({ kind: "forbidden" });
  });

  it("shows per-owner figures to the owner for themself and to admins for everyone", async () => {
    const [other] = await getDb().insert(users).values({ kind: "staff", staffRole: "account_manager", name: "Riley Other", email: "riley@accord.example", passwordHash: "x" }).returning();
    await getDb().insert(opportunities).values({ accountId: globex, ownerId: other.id, name: "Other's deal", amountCents: 1_000_000, probability: 50, expectedCloseDate: "2027-01-10", stage: "proposal" });
    const asManager = await pipeline(manager, "all");
    expect(asManager.perOwner.map((p) => p.ownerId)).toEqual([manager.userId]);
    expect(asManager.opportunities.some((o) => o.name === "Other's deal")).toBe(true);
    const asAdmin = await pipeline(admin, "all");
    expect(asAdmin.perOwner.map((p) => p.ownerId)).toEqual(expect.arrayContaining([manager.userId, other.id]));
    const otherRow = asAdmin.perOwner.find((p) => p.ownerId === other.id)!;
    expect(otherRow).toMatchObject({ openCents: 1_000_000, weightedCents: 500_000, deals: 1 });
    const jan = asAdmin.forecast.find((f) => f.month === "2027-01")!;
    expect(jan.weightedCents).toBeGreaterThanOrEqual(500_000);
  });
});

describe("alerts for account managers", () => {
  it("flag a big order, a ticket past its SLA and an overdue task on their accounts only", async () => {
    await getDb().update(accounts).set({ ownerId: manager.userId }).where(eq(accounts.id, acme));
    const [avg] = await queryRows<{ avg: number }>(getDb(), sql`select avg(total_cents)::bigint as avg from orders where account_id = ${acme} and placed_at >= now() - interval '365 days' and status not in ('cancelled','rejected')`);
    const [template] = await getDb().select().from(orders).where(eq(orders.accountId, acme)).limit(1);
    const big = Math.max(Number(avg.avg) * 5, 500_000);
    await getDb().insert(orders).values({ ...template, id: undefined, number: "SO-BIG-1", totalCents: big, subtotalCents: big, status: "submitted", placedAt: new Date(Date.now() - 3600_000), idempotencyKey: null });
    await getDb().insert(tasks).values({ accountId: acme, assigneeId: agent.userId, title: "Chase the signed contract", dueAt: new Date(Date.now() - 3600_000) });
    const alerts = await accountAlerts(manager);
    expect(alerts.find((a) => a.kind === "big_order" && a.ref === "SO-BIG-1")?.detail).toMatch(/^Order SO-BIG-1 for \$[\d,]+, [\d.]+× their average$/);
    expect(alerts.some((a) => a.kind === "overdue_task" && a.detail === "Task overdue: Chase the signed contract")).toBe(true);
    expect(alerts.every((a) => a.accountId !== undefined)).toBe(true);
    const owned = new Set((await getDb().select({ id: accounts.id }).from(accounts).where(eq(accounts.ownerId, manager.userId))).map((a) => a.id));
    expect(alerts.every((a) => owned.has(a.accountId))).toBe(true);
    expect(await accountAlerts(agent)).toEqual([]);
  });
});

describe("creating accounts and contacts", () => {
  it("warns of a duplicate domain or e-mail, and saves once confirmed", async () => {
    const [existing] = await getDb().select().from(accounts).where(eq(accounts.id, acme));
    const input = accountSchema.parse({ name: "Acme Manufacturing West", domain: `https://www.${existing.domain}/about`, industry: "Industrial machinery", tier: "silver" });
    expect(input.domain).toBe(existing.domain);
    const first = await saveAccount(manager, null, input);
    expect(first.ok).toBe(false);
    if (!first.ok) expect(first.duplicates[0]).toMatchObject({ accountId: acme, reason: `same domain ${existing.domain}` });
    const second = await saveAccount(manager, null, { ...input, confirmDuplicate: "yes" });
    expect(second.ok).toBe(true);
    const [created] = await getDb().select().from(accounts).where(eq(accounts.name, "Acme Manufacturing West"));
    expect(created.number).toMatch(/^C-\d+$/);

    const contact = contactSchema.parse({ firstName: "Dana", lastName: "Whitfield", email: "BUYER@acme.example" });
    const dup = await saveContact(manager, created.id, null, contact);
    expect(dup.ok).toBe(false);
    expect((await saveContact(manager, created.id, null, { ...contact, confirmDuplicate: "yes" })).ok).toBe(true);
    await expect(saveAccount(agent, null, input)).rejects.toMatchObject({ kind: "forbidden" });
  });
});

describe("CSV import", () => {
  it("checks every row first, then writes the good ones in a job with progress, skipping what exists", async () => {
    const csv = [
      "Name,Domain,Industry,Tier,Owner Email,Credit Limit,Payment Terms,PO Required",
      "Northwind Traders,northwind.example,Wholesale,gold,manager@accord.example,\"$25,000\",net 45,yes",
      "Contoso Fabrication,contoso.example,Metalwork,bronze,,0,net_30,no",
      ",nameless.example,Retail,silver,,,,",
      "Fabrikam Plastics,fabrikam.example,Plastics,diamond,,,,",
      "Tailspin Parts,tailspin.example,Aerospace,silver,nobody@accord.example,,,",
      "Northwind Again,northwind.example,Wholesale,gold,,,,",
    ].join("\n");
    const id = await prepareImport(manager, "accounts", "accounts.csv", csv);
    const preview = await getImport(manager, id);
    expect(preview.rows.map((r) => r.line)).toEqual([2, 3]);
    expect(preview.errors.map((e) => e.line)).toEqual([4, 5, 6, 7]);
    expect(preview.errors.find((e) => e.line === 6)?.message).toBe("No staff member has the e-mail nobody@accord.example.");
    expect(preview.errors.find((e) => e.line === 7)?.message).toMatch(/Repeats northwind.example/);

    // Between preview and import someone creates Contoso by hand: that row is skipped, not duplicated.
    await saveAccount(manager, null, accountSchema.parse({ name: "Contoso Fabrication", domain: "contoso.example", industry: "Metalwork" }));
    await startImport(manager, id);
    await expect(startImport(manager, id)).rejects.toMatchObject({ kind: "conflict" });
    await runImportJob({ importId: id, userId: manager.userId });
    const done = await getImport(manager, id);
    expect(done).toMatchObject({ status: "done", processed: 2, created: 1 });
    expect(done.errors.find((e) => e.line === 3)?.message).toMatch(/Already exists: Contoso Fabrication/);
    const [northwind] = await getDb().select().from(accounts).where(eq(accounts.domain, "northwind.example"));
    expect(northwind).toMatchObject({ tier: "gold", ownerId: manager.userId, creditLimitCents: 2_500_000, paymentTerms: "net_45", poRequired: true });

    const contactsCsv = "account_domain,first_name,last_name,email,job_title\nnorthwind.example,Ada,Lovelace,ada@northwind.example,Buyer\nno-such.example,Bob,Byte,bob@x.example,\n";
    const cid = await prepareImport(manager, "contacts", "contacts.csv", contactsCsv);
    await startImport(manager, cid);
    await runImportJob({ importId: cid, userId: manager.userId });
    const contactsDone = await getImport(manager, cid);
    expect(contactsDone).toMatchObject({ created: 1, processed: 2 });
    expect(contactsDone.errors).toEqual([{ line: 3, message: "No account no-such.example." }]);
    await expect(prepareImport(manager, "accounts", "x.csv", "foo,bar\n1,2")).rejects.toThrow(/lacks name, industry/);
    await expect(prepareImport(agent, "accounts", "x.csv", csv)).rejects.toMatchObject({ kind: "forbidden" });
    expect((await getDb().select().from(imports)).length).toBe(2);
  });
});

describe("staff administration", () => {
  it("adds staff who set their own password, changes roles, and always keeps one active admin", async () => {
    await createStaff(admin, { name: "Sam New", email: "sam.new@accord.example", role: "agent" });
    const [sam] = await getDb().select().from(users).where(eq(users.email, "sam.new@accord.example"));
    expect(sam).toMatchObject({ kind: "staff", staffRole: "agent" });
    await expect(createStaff(admin, { name: "Again", email: "sam.new@accord.example", role: "agent" })).rejects.toMatchObject({ field: "email" });
    await updateStaff(admin, sam.id, { role: "account_manager" });
    expect((await getDb().select().from(users).where(eq(users.id, sam.id)))[0].staffRole).toBe("account_manager");
    await expect(updateStaff(admin, admin.userId, { role: "agent" })).rejects.toThrow(/at least one active admin/);
    await expect(updateStaff(admin, admin.userId, { active: false })).rejects.toThrow();
    await expect(createStaff(manager, { name: "X", email: "x@accord.example", role: "admin" })).rejects.toMatchObject({ kind: "forbidden" });
  });
});
