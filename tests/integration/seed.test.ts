import { asc, count, eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDatabase, getDb, openDatabase, queryRows } from "~db/client";
import { copyWriter } from "~db/seed/bulk";
import { activities, accounts, contacts, kbArticles, orders, products, tickets, users } from "~db/schema";
import { DEMO_SIGN_INS, seedDatabase } from "~db/seed/generate";
import { AS_OF, seedSmall } from "../setup/fixtures";

describe("demo and scale seed", () => {
  it("builds realistic, complete data", async () => {
    const summary = await seedSmall(6);
    expect(summary.accounts).toBe(6);
    expect(summary.products).toBeGreaterThanOrEqual(200);
    expect(summary.kb_articles).toBeGreaterThanOrEqual(60);
    expect(summary.orders).toBeGreaterThan(40);
    expect(summary.order_lines).toBeGreaterThan(summary.orders);
    expect(summary.tickets).toBeGreaterThan(10);
    expect(summary.ticket_messages).toBeGreaterThan(summary.tickets);
    expect(summary.activities).toBeGreaterThan(summary.orders);

    const db = getDb();
    for (const { email } of DEMO_SIGN_INS) {
      const [user] = await db.select({ hash: users.passwordHash }).from(users).where(eq(users.email, email));
      expect(user?.hash, email).toMatch(/^\$argon2id\$/);
    }
    const [acme] = await db.select().from(accounts).where(eq(accounts.name, "Acme Manufacturing"));
    const [globex] = await db.select().from(accounts).where(eq(accounts.name, "Globex Chemicals"));
    expect(acme.ownerId).toBe(globex.ownerId);
    const acmeContacts = await db.select().from(contacts).where(eq(contacts.accountId, acme.id));
    expect(acmeContacts.length).toBeGreaterThanOrEqual(2);
    expect(acmeContacts.find((c) => c.email === "requester@acme.example")?.portalRole).toBe("requester");

    // Acme always has orders in flight, including one awaiting approval.
    const statuses = await db.select({ status: orders.status }).from(orders).where(eq(orders.accountId, acme.id));
    expect(statuses.map((s) => s.status)).toEqual(expect.arrayContaining(["pending_approval", "submitted", "confirmed", "picking", "shipped", "delivered"]));

    // Every tier, and open tickets in the queue.
    const tiers = await db.selectDistinct({ tier: accounts.tier }).from(accounts);
    expect(tiers.length).toBeGreaterThanOrEqual(2);
    const [openTickets] = await db.select({ n: count() }).from(tickets).where(sql`${tickets.status} not in ('solved','closed')`);
    expect(openTickets.n).toBeGreaterThan(0);

    const [published] = await db.select({ n: count() }).from(kbArticles).where(eq(kbArticles.status, "published"));
    expect(published.n).toBeGreaterThanOrEqual(60);

    // Sequences continue after the seeded numbers.
    const [next] = await queryRows<{ n: string }>(db, sql`select nextval('order_number_seq')::text as n`);
    const [max] = await queryRows<{ n: string }>(db, sql`select max(substring(number from 4)::int)::text as n from orders`);
    expect(Number(next.n)).toBe(Number(max.n) + 1);
  });

  it("is deterministic: the same seed and as-of give the same data", async () => {
    const other = openDatabase("pglite://memory");
    try {
      await other.migrate();
      await other.db.transaction((tx) => seedDatabase(tx, { accounts: 6, seed: 7, asOf: AS_OF, ordersPerAccount: 8, bigAccountOrders: 20 }));
      const pick = (db: typeof other.db) =>
        db.select({ id: orders.id, number: orders.number, total: orders.totalCents, placedAt: orders.placedAt }).from(orders).orderBy(asc(orders.number)).limit(50);
      expect(await pick(other.db)).toEqual(await pick(getDb()));
      const skus = (db: typeof other.db) => db.select({ id: products.id, sku: products.sku }).from(products).orderBy(asc(products.sku));
      expect(await skus(other.db)).toEqual(await skus(getDb()));
    } finally {
      await other.close();
    }
  });

  it.runIf(process.env.TEST_DB_ENGINE === "postgres")("COPY (the scale seed's writer) stores exactly what INSERT stores", async () => {
    const admin = getDatabase().postgres!;
    const name = `accord_copy_${Date.now().toString(36)}`;
    await admin.unsafe(`create database ${name}`);
    const url = new URL(getDatabase().url);
    url.pathname = `/${name}`;
    const other = openDatabase(url.toString(), { maxConnections: 2 });
    try {
      await other.migrate();
      await seedDatabase(other.db, { accounts: 6, seed: 7, asOf: AS_OF, ordersPerAccount: 8, bigAccountOrders: 20, writer: copyWriter(other.postgres!) });
      const pickOrders = (db: typeof other.db) => db.select().from(orders).orderBy(asc(orders.number));
      expect(await pickOrders(other.db)).toEqual(await pickOrders(getDb()));
      const pickActivities = (db: typeof other.db) => db.select().from(activities).orderBy(asc(activities.id));
      const [a, b] = [await pickActivities(other.db), await pickActivities(getDb())];
      expect(a.map(({ createdAt: _c, ...rest }) => rest)).toEqual(b.map(({ createdAt: _c, ...rest }) => rest));
    } finally {
      await other.close();
      await admin.unsafe(`drop database if exists ${name} with (force)`);
    }
  });
});
