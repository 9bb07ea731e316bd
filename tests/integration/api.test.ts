import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb, queryRows } from "~db/client";
import { accounts, contacts, kbArticles, orders, ticketMessages, tickets } from "~db/schema";
import { handleApi, openApi } from "~/api/api.server";
import { createApiToken, parseScopes } from "~/api/tokens.server";
import { accountIdOf, seedSmall } from "../setup/fixtures";

// The API answers over real HTTP: a node:http server hands each request to the same
// handler the /api/v1/* route calls.
let server: Server;
let base: string;
let admin: string;
let reader: string;
let acmeToken: string;
let acme: string;
let globex: string;

async function call(method: string, path: string, token: string | null, body?: unknown, headers: Record<string, string> = {}) {
  const res = await fetch(`${base}/api/v1${path}`, { method, headers: { ...(token ? { Authorization: `Bearer ${token}` } : {}), ...(body === undefined ? {} : { "Content-Type": "application/json" }), ...headers }, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await res.text();
  return { status: res.status, headers: res.headers, json: text ? JSON.parse(text) : null };
}

beforeAll(async () => {
  await seedSmall(3);
  acme = await accountIdOf("buyer@acme.example");
  globex = await accountIdOf("buyer@globex.example");
  admin = (await createApiToken({ name: "ERP", scopes: ["admin"], accountId: null, createdBy: null })).token;
  reader = (await createApiToken({ name: "BI", scopes: parseScopes("orders:read,accounts:read"), accountId: null, createdBy: null })).token;
  acmeToken = (await createApiToken({ name: "Acme procurement", scopes: parseScopes("accounts:read,contacts:read,orders:read,tickets:read,kb:read,activities:read"), accountId: acme, createdBy: null })).token;
  server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const url = `http://${req.headers.host}${req.url}`;
    const request = new Request(url, { method: req.method, headers: req.headers as Record<string, string>, body: chunks.length ? Buffer.concat(chunks) : undefined });
    const response = await handleApi(request, new URL(url).pathname.replace(/^\/api\/v1\/?/, ""));
    res.writeHead(response.status, Object.fromEntries(response.headers));
    res.end(Buffer.from(await response.arrayBuffer()));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe("tokens and scopes", () => {
  it("401 without or with a bad token, as problem+json", async () => {
    for (const token of [null, "acc_not-a-real-token"]) {
      const r = await call("GET", "/orders", token);
      expect(r.status).toBe(401);
      expect(r.headers.get("content-type")).toBe("application/problem+json");
      expect(r.json).toMatchObject({ type: "https://accord.example/problems/unauthorized", status: 401, instance: "/api/v1/orders" });
    }
  });

  it("403 for a missing scope; write implies read", async () => {
    const r = await call("GET", "/tickets", reader);
    expect(r.status).toBe(403);
    expect(r.json.detail).toBe("This needs the tickets:read scope.");
    expect(parseScopes("orders:write").length).toBe(1);
    expect(() => parseScopes("orders:delete")).toThrow(/Unknown scope/);
  });

  it("a revoked or rate-limited token is refused, the latter with Retry-After", async () => {
    const { id, token } = await createApiToken({ name: "Busy", scopes: ["orders:read"], accountId: null, createdBy: null });
    await getDb().execute(sql`insert into rate_limits (key, hits, window_ends_at) values (${`api:${id}`}, 10000, now() + interval '30 seconds')`);
    const r = await call("GET", "/orders", token);
    expect(r.status).toBe(429);
    expect(Number(r.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(r.json.type).toBe("https://accord.example/problems/rate-limited");
  });
});

describe("a customer token never sees another account", () => {
  it("gets 404 for every object of another account, on every endpoint", async () => {
    const [gContact] = await getDb().select({ id: contacts.id }).from(contacts).where(eq(contacts.accountId, globex)).limit(1);
    const [gOrder] = await getDb().select({ id: orders.id, number: orders.number }).from(orders).where(eq(orders.accountId, globex)).limit(1);
    const [gTicket] = await getDb().select({ id: tickets.id, number: tickets.number }).from(tickets).where(eq(tickets.accountId, globex)).limit(1);
    for (const path of [`/accounts/${globex}`, `/contacts/${gContact.id}`, `/orders/${gOrder.id}`, `/orders/${gOrder.number}`, `/tickets/${gTicket.id}`, `/tickets/${gTicket.number}`, `/tickets/${gTicket.number}/messages`]) {
      const r = await call("GET", path, acmeToken);
      expect(r.status, path).toBe(404);
      expect(r.json.type).toBe("https://accord.example/problems/not-found");
    }
    for (const path of ["/accounts", "/contacts", "/orders?limit=500", "/tickets?limit=500"]) {
      const r = await call("GET", path, acmeToken);
      expect(r.status, path).toBe(200);
      expect(r.json.data.length, path).toBeGreaterThan(0);
      for (const row of r.json.data) expect(row.accountId ?? row.id, path).toBe(acme);
    }
    expect((await call("GET", `/orders?accountId=${globex}`, acmeToken)).json.data).toEqual([]);
    expect((await call("GET", "/activities", acmeToken)).status).toBe(403);
  });

  it("never internal notes or internal articles", async () => {
    const [t] = await getDb().select().from(tickets).where(eq(tickets.accountId, acme)).limit(1);
    await getDb().insert(ticketMessages).values({ accountId: acme, ticketId: t.id, visibility: "internal", body: "INTERNAL: watch this account" });
    const customerView = await call("GET", `/tickets/${t.number}/messages`, acmeToken);
    expect(customerView.json.data.map((m: { body: string }) => m.body)).not.toContain("INTERNAL: watch this account");
    const staffView = await call("GET", `/tickets/${t.number}/messages`, admin);
    expect(staffView.json.data.map((m: { body: string }) => m.body)).toContain("INTERNAL: watch this account");
    const [internal] = await getDb().select().from(kbArticles).where(eq(kbArticles.visibility, "internal")).limit(1);
    expect((await call("GET", `/kb/articles/${internal.slug}`, acmeToken)).status).toBe(404);
    expect((await call("GET", `/kb/articles/${internal.slug}`, admin)).status).toBe(200);
  });
});

describe("lists", () => {
  it("page by cursor in order of change; a record changed while paging comes again, none is skipped", async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    let first = true;
    do {
      const r = await call("GET", `/accounts?limit=1${cursor ? `&cursor=${cursor}` : ""}`, admin);
      expect(r.status).toBe(200);
      seen.push(...r.json.data.map((a: { id: string }) => a.id));
      cursor = r.json.nextCursor;
      if (first) {
        // The first account changes after it was read: it must come again at the end.
        await getDb().update(accounts).set({ notes: "touched", updatedAt: new Date() }).where(eq(accounts.id, seen[0]));
        first = false;
      }
    } while (cursor);
    const all = await getDb().select({ id: accounts.id }).from(accounts);
    expect(new Set(seen)).toEqual(new Set(all.map((a) => a.id)));
    expect(seen.at(-1)).toBe(seen[0]);
    const since = await call("GET", `/accounts?updatedSince=${encodeURIComponent(new Date(Date.now() - 60_000).toISOString())}`, admin);
    expect(since.json.data.map((a: { id: string }) => a.id)).toContain(seen[0]);
    expect((await call("GET", "/accounts?cursor=garbage", admin)).status).toBe(422);
  });

  it("orders carry their lines; one order its events and shipments", async () => {
    const r = await call("GET", "/orders?limit=3", acmeToken);
    expect(r.json.data[0].lines.length).toBeGreaterThan(0);
    const one = await call("GET", `/orders/${r.json.data[0].number}`, acmeToken);
    expect(one.json.data).toMatchObject({ number: r.json.data[0].number, accountId: acme });
    expect(Array.isArray(one.json.data.events)).toBe(true);
  });
});

describe("writes", () => {
  it("Idempotency-Key: a repeat returns the first answer; the same key with another body is 422", async () => {
    const body = { accountId: acme, type: "call", subject: "Called from the telephony system", durationMinutes: 4, source: "telephony" };
    const first = await call("POST", "/activities", admin, body, { "Idempotency-Key": "call-123" });
    expect(first.status).toBe(201);
    const again = await call("POST", "/activities", admin, body, { "Idempotency-Key": "call-123" });
    expect(again.status).toBe(201);
    expect(again.json.data.id).toBe(first.json.data.id);
    expect(again.headers.get("idempotent-replayed")).toBe("true");
    const [{ n }] = await queryRows<{ n: number }>(getDb(), sql`select count(*)::int as n from activities where subject = 'Called from the telephony system'`);
    expect(Number(n)).toBe(1);
    const other = await call("POST", "/activities", admin, { ...body, subject: "Another" }, { "Idempotency-Key": "call-123" });
    expect(other.status).toBe(422);
    expect(other.json.type).toBe("https://accord.example/problems/idempotency-mismatch");
  });

  it("422 with field errors for an invalid body; customer tokens cannot create accounts", async () => {
    const r = await call("POST", "/accounts", admin, { name: "X", industry: "" , tier: "diamond" });
    expect(r.status).toBe(422);
    expect(r.json.errors.map((e: { field: string }) => e.field)).toEqual(expect.arrayContaining(["tier"]));
    const created = await call("POST", "/accounts", admin, { name: "Initech Supplies", industry: "Office supplies", domain: "initech.example", tier: "silver", creditLimitCents: 500000 });
    expect(created.status).toBe(201);
    expect(created.json.data).toMatchObject({ name: "Initech Supplies", tier: "silver", creditLimitCents: 500000, number: expect.stringMatching(/^C-/) });
    const patched = await call("PATCH", `/accounts/${created.json.data.id}`, admin, { tier: "gold" });
    expect(patched.json.data.tier).toBe("gold");
    const customerToken = (await createApiToken({ name: "Acme w", scopes: ["accounts:write"], accountId: acme, createdBy: null })).token;
    expect((await call("POST", "/accounts", customerToken, { name: "Sneaky Co", industry: "x y" })).status).toBe(403);
    expect((await call("DELETE", "/accounts", admin)).status).toBe(405);
    expect((await call("POST", "/accounts", admin, undefined, { "Content-Type": "application/json" })).status).toBe(422);
  });
});

describe("OpenAPI", () => {
  it("describes every endpoint, from the same schemas", async () => {
    const doc = openApi() as unknown as { openapi: string; paths: Record<string, Record<string, unknown>> };
    expect(doc.openapi).toBe("3.1.0");
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(["/api/v1/orders", "/api/v1/orders/{id}", "/api/v1/accounts", "/api/v1/kb/search", "/api/v1/activities"]));
    expect(JSON.stringify(doc.paths["/api/v1/accounts"].post)).toContain("Idempotency-Key");
  });
});

describe("webhooks", () => {
  it("are signed, logged, retried on failure, and only sent for committed changes", async () => {
    const received: { headers: Record<string, string | string[] | undefined>; body: string }[] = [];
    let answer = 500;
    const receiver = createServer(async (req, res) => {
      const chunks: Buffer[] = [];
      for await (const c of req) chunks.push(c as Buffer);
      received.push({ headers: req.headers, body: Buffer.concat(chunks).toString("utf8") });
      res.writeHead(answer).end(answer === 200 ? "ok" : "down for maintenance");
    });
    await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
    const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;
    try {
      const created = await call("POST", "/webhooks", admin, { url, eventTypes: ["account.created", "contact.created"] });
      expect(created.status).toBe(201);
      const secret: string = created.json.data.secret;
      expect(secret).toMatch(/^whsec_/);
      expect((await call("GET", "/webhooks", admin)).json.data[0]).not.toHaveProperty("secret");

      // A change that rolls back publishes nothing (the outbox is the transaction).
      const { emitEvent, deliverWebhook, signature } = await import("~/domain/platform/webhooks.server");
      await getDb().transaction(async (tx) => {
        await emitEvent(tx, "account.created", { accountId: "rolled-back" });
        tx.rollback();
      }).catch(() => {});
      const { webhookDeliveries } = await import("~db/schema");
      expect(await getDb().select().from(webhookDeliveries)).toHaveLength(0);

      const account = await call("POST", "/accounts", admin, { name: "Hooli Hardware", industry: "Retail", domain: "hooli.example" });
      const [delivery] = await getDb().select().from(webhookDeliveries);
      expect(delivery).toMatchObject({ eventType: "account.created", status: "pending" });

      // The receiver is down: recorded, and the job fails so the queue retries it.
      await expect(deliverWebhook({ deliveryId: delivery.id }, { retryCount: 0, retryLimit: 12 })).rejects.toThrow("The receiver answered 500.");
      let [logged] = await getDb().select().from(webhookDeliveries);
      expect(logged).toMatchObject({ status: "pending", attempts: 1, responseStatus: 500, responseBody: "down for maintenance" });

      answer = 200;
      await deliverWebhook({ deliveryId: delivery.id }, { retryCount: 1, retryLimit: 12 });
      [logged] = await getDb().select().from(webhookDeliveries);
      expect(logged).toMatchObject({ status: "delivered", attempts: 2, responseStatus: 200 });

      // What the receiver checks (the documented recipe).
      const last = received.at(-1)!;
      const timestamp = String(last.headers["accord-timestamp"]);
      expect(last.headers["accord-signature"]).toBe(`v1=${signature(secret, timestamp, last.body)}`);
      expect(Math.abs(Date.now() / 1000 - Number(timestamp))).toBeLessThan(300);
      const event = JSON.parse(last.body);
      expect(event).toMatchObject({ id: last.headers["accord-event-id"], type: "account.created", data: { accountId: account.json.data.id, name: "Hooli Hardware" } });
      // Both attempts carried the same event id, so a receiver can drop the repeat.
      expect(received[0].headers["accord-event-id"]).toBe(last.headers["accord-event-id"]);
      // Delivered once is delivered: a repeated job sends nothing more.
      await deliverWebhook({ deliveryId: delivery.id });
      expect(received).toHaveLength(2);
    } finally {
      await new Promise<void>((resolve) => receiver.close(() => resolve()));
    }
  });
});

describe("orders, tickets and the pipeline through the API", () => {
  it("a procurement system orders at the account's prices; the ERP imports history and ships orders", async () => {
    const procurement = (await createApiToken({ name: "Acme procurement w", scopes: ["orders:write", "products:read"], accountId: acme, createdBy: null })).token;
    await getDb().update(accounts).set({ creditLimitCents: 0 }).where(eq(accounts.id, acme));
    const products = (await call("GET", "/products?limit=2&active=true", procurement)).json.data;
    const [acmeAccount] = await getDb().select().from(accounts).where(eq(accounts.id, acme));
    const noPo = await call("POST", "/orders", procurement, { lines: [{ sku: products[0].sku, quantity: 2 }] });
    if (acmeAccount.poRequired) {
      expect(noPo.status).toBe(422);
      expect(noPo.json.errors.map((e: { field: string }) => e.field)).toContain("poNumber");
    }
    const placed = await call("POST", "/orders", procurement, { poNumber: "PO-API-1", lines: [{ sku: products[0].sku, quantity: 2 }, { sku: products[1].sku.toLowerCase(), quantity: 1 }] }, { "Idempotency-Key": "po-api-1" });
    expect(placed.status).toBe(201);
    expect(placed.json.data).toMatchObject({ accountId: acme, status: "submitted", source: "api", poNumber: "PO-API-1" });
    expect(placed.json.data.lines.map((l: { sku: string }) => l.sku)).toEqual([products[0].sku, products[1].sku]);
    expect((await call("POST", "/orders", procurement, { poNumber: "PO-API-1", lines: [{ sku: products[0].sku, quantity: 2 }, { sku: products[1].sku.toLowerCase(), quantity: 1 }] }, { "Idempotency-Key": "po-api-1" })).json.data.number).toBe(placed.json.data.number);
    const unknown = await call("POST", "/orders", procurement, { poNumber: "x", lines: [{ sku: "NOPE-1", quantity: 1 }] });
    expect(unknown.json.errors).toEqual([{ field: "lines.0.sku", message: "No orderable product NOPE-1." }]);
    expect((await call("POST", "/orders", procurement, { poNumber: "x", placedAt: "2024-01-05T10:00:00Z", lines: [{ sku: products[0].sku, quantity: 1 }] })).status).toBe(403);
    expect((await call("POST", "/orders", procurement, { accountId: globex, poNumber: "x", lines: [{ sku: products[0].sku, quantity: 1 }] })).status).toBe(404);

    const imported = await call("POST", "/orders", admin, { accountId: globex, placedAt: "2024-01-05T10:00:00Z", status: "delivered", lines: [{ sku: products[0].sku, quantity: 10, unitPriceCents: 1234 }] });
    expect(imported.status).toBe(201);
    expect(imported.json.data).toMatchObject({ accountId: globex, status: "delivered", source: "import", subtotalCents: 12340, placedAt: "2024-01-05T10:00:00.000Z" });

    const confirmed = await call("PATCH", `/orders/${placed.json.data.number}`, admin, { status: "confirmed" });
    expect(confirmed.json.data.status).toBe("confirmed");
    await call("PATCH", `/orders/${placed.json.data.number}`, admin, { status: "picking" });
    const shipped = await call("PATCH", `/orders/${placed.json.data.id}`, admin, { status: "shipped", carrier: "UPS", trackingNumber: "1Z999AA10123456784" });
    expect(shipped.json.data.shipments[0]).toMatchObject({ carrier: "UPS", trackingNumber: "1Z999AA10123456784" });
    expect(shipped.json.data.events.map((e: { toStatus: string }) => e.toStatus)).toEqual(["submitted", "confirmed", "picking", "shipped"]);
    const backwards = await call("PATCH", `/orders/${placed.json.data.id}`, admin, { status: "submitted" });
    expect(backwards.status).toBe(409);
    expect(backwards.json.type).toBe("https://accord.example/problems/conflict");
  });

  it("raises tickets and adds replies; customer tokens cannot write internal notes", async () => {
    const helpdesk = (await createApiToken({ name: "Acme helpdesk", scopes: ["tickets:write"], accountId: acme, createdBy: null })).token;
    const raised = await call("POST", "/tickets", helpdesk, { subject: "EDI order rejected", description: "Our EDI gateway got a 422 for PO 7781.", category: "order_issue", priority: "high" });
    expect(raised.status).toBe(201);
    const number = raised.json.data.number;
    const [ticket] = await getDb().select().from(tickets).where(eq(tickets.number, number));
    expect(ticket).toMatchObject({ accountId: acme, channel: "api", priority: "high" });
    expect(ticket.firstResponseDueAt).not.toBeNull();
    expect((await call("POST", `/tickets/${number}/messages`, helpdesk, { body: "secret", visibility: "internal" })).status).toBe(403);
    expect((await call("POST", `/tickets/${number}/messages`, helpdesk, { body: "Any news?" })).status).toBe(201);
    expect((await call("POST", `/tickets/${number}/messages`, admin, { body: "Looking into it.", visibility: "public" })).status).toBe(201);
    const thread = await call("GET", `/tickets/${number}/messages`, acmeToken);
    expect(thread.json.data.map((m: { body: string }) => m.body)).toEqual(["Our EDI gateway got a 422 for PO 7781.", "Any news?", "Looking into it."]);
    const [globexTicket] = await getDb().select().from(tickets).where(eq(tickets.accountId, globex)).limit(1);
    expect((await call("POST", `/tickets/${globexTicket.number}/messages`, helpdesk, { body: "hi" })).status).toBe(404);
  });

  it("quotes, price lists, opportunities and tasks; staff data stays away from customer tokens", async () => {
    expect((await call("GET", "/quotes", acmeToken)).status).toBe(403);
    const quotesToken = (await createApiToken({ name: "Acme quotes", scopes: ["quotes:read"], accountId: acme, createdBy: null })).token;
    const quotesList = await call("GET", "/quotes?limit=100", quotesToken);
    expect(quotesList.json.data.every((q: { accountId: string }) => q.accountId === acme)).toBe(true);
    const [globexQuote] = await queryRows<{ id: string }>(getDb(), sql`select id from quotes where account_id = ${globex} limit 1`);
    if (globexQuote) expect((await call("GET", `/quotes/${globexQuote.id}`, quotesToken)).status).toBe(404);
    const pipelineToken = (await createApiToken({ name: "Acme pipeline", scopes: ["opportunities:read", "tasks:read", "price-lists:read"], accountId: acme, createdBy: null })).token;
    for (const path of ["/opportunities", "/tasks", "/price-lists"]) expect((await call("GET", path, pipelineToken)).status, path).toBe(403);

    const opp = await call("POST", "/opportunities", admin, { accountId: acme, name: "EDI rollout", amountCents: 2_500_000, expectedCloseDate: "2027-03-01", stage: "proposal" });
    expect(opp.json.data).toMatchObject({ stage: "proposal", probability: 50 });
    const lost = await call("PATCH", `/opportunities/${opp.json.data.id}`, admin, { stage: "lost" });
    expect(lost.status).toBe(422);
    const won = await call("PATCH", `/opportunities/${opp.json.data.id}`, admin, { stage: "won" });
    expect(won.json.data).toMatchObject({ stage: "won", probability: 100 });
    const task = await call("POST", "/tasks", admin, { accountId: acme, title: "Call about EDI go-live", dueAt: "2027-03-02T09:00:00Z" });
    expect(task.json.data.status).toBe("open");
    expect((await call("PATCH", `/tasks/${task.json.data.id}`, admin, { status: "done" })).json.data.status).toBe("done");
    const lists = await call("GET", "/price-lists", admin);
    if (lists.json.data[0]) expect((await call("GET", `/price-lists/${lists.json.data[0].id}`, admin)).json.data.items.length).toBeGreaterThan(0);
  });
});
