import { eq, sql } from "drizzle-orm";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { getDb, queryRows } from "~db/client";
import { kbArticles, orders, tickets } from "~db/schema";
import type { CustomerActor, StaffActor } from "~/auth/actor";
import { searchQuerySchema } from "~/domain/search/search.schema";
import { SEARCH_UNAVAILABLE, searchKnowledge, searchRecords } from "~/domain/search/search.server";
import { loader as healthz } from "~/routes/healthz";
import { getSearchEngine, useSearchEngine } from "~search/engine.server";
import { meilisearchEngine } from "~search/meilisearch.server";
import { queueSearchSync, reindexAll, runSearchJob } from "~search/sync.server";
import { MARK_END, MARK_START } from "~search/types";
import { seedSmall, userIdByEmail } from "../setup/fixtures";

let staff: StaffActor;
const customer = { kind: "customer", role: "buyer", accountId: "00000000-0000-4000-8000-000000000000" } as CustomerActor;
const plain = (s: string) => s.replaceAll(MARK_START, "").replaceAll(MARK_END, "");

beforeAll(async () => {
  await seedSmall(4);
  await reindexAll();
  staff = { kind: "staff", userId: await userIdByEmail("agent@accord.example"), role: "agent", name: "Alex Morgan", email: "agent@accord.example", timezone: "UTC" };
});

afterEach(() => useSearchEngine(undefined));

function titles(outcome: Awaited<ReturnType<typeof searchKnowledge>>): string[] {
  if (outcome.status !== "ok") throw new Error(`search ${outcome.status}`);
  return outcome.hits.map((h) => plain(h.title));
}

describe("knowledge search (embedded engine)", () => {
  it("ranks by relevance and highlights the matched words", async () => {
    const outcome = await searchKnowledge(null, "ball bearings");
    expect(titles(outcome)[0]).toMatch(/ball bearings/);
    if (outcome.status !== "ok") throw new Error();
    expect(outcome.hits[0].title).toContain(`${MARK_START}bearings${MARK_END}`);
    expect(outcome.hits.some((h) => h.snippet.includes(MARK_START))).toBe(true);
  });

  it("matches prefixes as you type and tolerates typos", async () => {
    expect(titles(await searchKnowledge(null, "troublesh"))).toEqual(expect.arrayContaining([expect.stringMatching(/^Troubleshooting/)]));
    expect(titles(await searchKnowledge(null, "bearnigs"))).toEqual(expect.arrayContaining([expect.stringMatching(/ball bearings/)]));
    expect(titles(await searchKnowledge(null, "hydraulik"))).toEqual(expect.arrayContaining([expect.stringMatching(/hydraulic/i)]));
  });

  it("suggests articles from a sentence when asked to match any word, best match first", async () => {
    const prose = "How do I track my shipment? The tracking for our last delivery is not updating.";
    expect(titles(await searchKnowledge(null, prose))).toEqual([]);
    expect(titles(await searchKnowledge(null, prose, { match: "any", limit: 3 }))[0]).toBe("Tracking your shipment");
  });

  it("shows each asker only what they may read", async () => {
    const internal = "Handling urgent tickets and SLA breaches";
    const customersOnly = "Requesting a quote for large or special orders";
    expect(titles(await searchKnowledge(null, "urgent tickets SLA breaches"))).not.toContain(internal);
    expect(titles(await searchKnowledge(customer, "urgent tickets SLA breaches"))).not.toContain(internal);
    expect(titles(await searchKnowledge(staff, "urgent tickets SLA breaches"))).toContain(internal);
    expect(titles(await searchKnowledge(null, "requesting a quote"))).not.toContain(customersOnly);
    expect(titles(await searchKnowledge(customer, "requesting a quote"))).toContain(customersOnly);
  });

  it("treats anything typed as words, never as syntax", async () => {
    for (const q of ["' OR 1=1 --", "a & | ! b:*", "visibility = internal", 'status = "draft" OR visibility IN ["internal"]', "%_\\", "(((", "🙂"]) {
      const outcome = await searchKnowledge(null, q);
      expect(outcome.status, q).not.toBe("unavailable");
      if (outcome.status === "ok") expect(outcome.hits.every((h) => !plain(h.title).includes("Handling urgent tickets"))).toBe(true);
    }
    expect(await searchKnowledge(null, "   ")).toEqual({ status: "empty-query" });
    expect(searchQuerySchema.safeParse({ q: "x".repeat(5000) }).error?.issues[0].message).toMatch(/limited to 200 characters/);
    expect(searchQuerySchema.parse({ q: "  bearing  " }).q).toBe("bearing");
  });
});

describe("record search (staff)", () => {
  it("finds an order by its number first, and by PO; a ticket by number", async () => {
    const [order] = await getDb().select().from(orders).where(sql`${orders.poNumber} is not null`).limit(1);
    const byNumber = await searchRecords(staff, order.number);
    if (byNumber.status !== "ok") throw new Error();
    expect(plain(byNumber.hits[0].title)).toBe(order.number);
    const byPo = await searchRecords(staff, order.poNumber!);
    if (byPo.status !== "ok") throw new Error();
    expect(byPo.hits.map((h) => plain(h.title))).toContain(order.number);
    const [ticket] = await getDb().select().from(tickets).limit(1);
    const byTicket = await searchRecords(staff, String(ticket.number));
    if (byTicket.status !== "ok") throw new Error();
    expect(plain(byTicket.hits[0].title)).toBe(`#${ticket.number} ${ticket.subject}`);
    const accounts = await searchRecords(staff, "acme", { type: "account" });
    if (accounts.status !== "ok") throw new Error();
    expect(accounts.hits.map((h) => plain(h.title))).toEqual(["Acme Manufacturing"]);
  });

  it("is for staff only", async () => {
    expect(() => searchRecords(customer as unknown as StaffActor, "acme")).toThrow();
  });
});

describe("keeping the index in step", () => {
  it("a search-index job re-reads changed records and drops deleted ones", async () => {
    const [article] = await getDb().select().from(kbArticles).where(eq(kbArticles.slug, "tracking-your-shipment"));
    await getDb().update(kbArticles).set({ title: "Following your parcel with the carrier" }).where(eq(kbArticles.id, article.id));
    expect(titles(await searchKnowledge(null, "following parcel"))).toEqual([]);
    await runSearchJob({ entity: "kb_article", ids: [article.id] });
    expect(titles(await searchKnowledge(null, "following parcel"))).toContain("Following your parcel with the carrier");

    await getDb().delete(kbArticles).where(eq(kbArticles.id, article.id));
    expect(await runSearchJob({ entity: "kb_article", ids: [article.id] })).toEqual({ indexed: 0, removed: 1 });
    expect(titles(await searchKnowledge(null, "following parcel"))).toEqual([]);
  });

  it("index updates are queued in the caller's transaction", async () => {
    const [article] = await getDb().select().from(kbArticles).limit(1);
    await expect(
      getDb().transaction(async (tx) => {
        await queueSearchSync(tx, "kb_article", [article.id]);
        throw new Error("rolled back");
      }),
    ).rejects.toThrow("rolled back");
    await getDb().transaction((tx) => queueSearchSync(tx, "kb_article", [article.id]));
    const jobs = await queryRows<{ data: { ids: string[] } }>(getDb(), sql`select data from pgboss.job where name = 'search-index'`);
    expect(jobs).toHaveLength(1);
    expect(jobs[0].data.ids).toEqual([article.id]);
    await expect(runSearchJob({ entity: "kb_article", ids: ["not-a-uuid"] })).rejects.toThrow();
  });
});

describe("when the search engine is down", () => {
  it("searches answer 'unavailable' and /healthz says search: degraded while the database is up", async () => {
    useSearchEngine(meilisearchEngine({ host: "http://127.0.0.1:9", timeoutMs: 500 }));
    const warn = console.warn;
    console.warn = () => {};
    try {
      expect(await searchKnowledge(null, "bearings")).toEqual({ status: "unavailable", message: SEARCH_UNAVAILABLE });
      const response = await healthz();
      expect(response.status).toBe(200);
      expect(await response.json()).toMatchObject({ status: "degraded", database: { status: "up" }, search: { status: "degraded", engine: "meilisearch" } });
    } finally {
      console.warn = warn;
    }
    useSearchEngine(undefined);
    expect(getSearchEngine().name).toBe("embedded");
  });
});
