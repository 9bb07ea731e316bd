import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { meiliFilter, meilisearchEngine } from "~search/meilisearch.server";
import { MARK_END, MARK_START, SearchTaskFailedError, SearchUnavailableError } from "~search/types";
import { startFakeMeilisearch } from "../setup/fake-meilisearch";

let fake: Awaited<ReturnType<typeof startFakeMeilisearch>>;
beforeAll(async () => {
  fake = await startFakeMeilisearch();
});
afterAll(() => fake.close());

const engine = () => meilisearchEngine({ host: fake.host, apiKey: "test-key", prefix: "t_" });
const doc = {
  id: "a1",
  title: "Installing ball bearings",
  keywords: "bearings installation",
  body: "Press only on the ring that is the interference fit.",
  filters: { visibility: "public", status: "published", category: "installation" },
  display: { slug: "installing-bearings" },
  sortAt: new Date("2026-01-01T00:00:00Z"),
};

describe("Meilisearch adapter at the HTTP boundary", () => {
  it("creates the indexes with their settings and waits for each task", async () => {
    const before = fake.requests.length;
    await engine().setup();
    const sent = fake.requests.slice(before);
    expect(sent.filter((r) => r.method === "POST" && r.path === "/indexes").map((r) => r.body)).toEqual([
      { uid: "t_knowledge", primaryKey: "id" },
      { uid: "t_records", primaryKey: "id" },
    ]);
    const settings = sent.find((r) => r.method === "PATCH" && r.path === "/indexes/t_knowledge/settings")!;
    expect(settings.body).toMatchObject({
      searchableAttributes: ["title", "keywords", "body"],
      filterableAttributes: ["visibility", "status", "category"],
      sortableAttributes: ["sortAt"],
      typoTolerance: { enabled: true },
    });
    expect(sent.filter((r) => r.method === "GET" && r.path.startsWith("/tasks/")).length).toBeGreaterThanOrEqual(4);
    expect(sent[0].headers.authorization).toBe("Bearer test-key");
  });

  it("tolerates an index that already exists", async () => {
    fake.failNextTask("Index `t_knowledge` already exists.", "index_already_exists");
    await expect(engine().setup()).resolves.toBeUndefined();
  });

  it("adds documents with filters flattened, and waits for read-your-write", async () => {
    const before = fake.requests.length;
    await engine().upsert("knowledge", [doc]);
    const [add, poll] = fake.requests.slice(before);
    expect(add).toMatchObject({ method: "POST", path: "/indexes/t_knowledge/documents" });
    expect(add.body).toEqual([
      { id: "a1", title: doc.title, keywords: doc.keywords, body: doc.body, visibility: "public", status: "published", category: "installation", display: doc.display, sortAt: 1767225600 },
    ]);
    expect(poll.path).toMatch(/^\/tasks\/\d+$/);
  });

  it("a failed task is an error with Meilisearch's reason", async () => {
    fake.failNextTask("Document identifier `a b` is invalid.");
    await expect(engine().upsert("knowledge", [doc])).rejects.toThrow(SearchTaskFailedError);
    fake.failNextTask("Document identifier `a b` is invalid.");
    await expect(engine().upsert("knowledge", [doc])).rejects.toThrow(/failed: Document identifier `a b` is invalid/);
  });

  it("deletes by id and clears an index", async () => {
    const before = fake.requests.length;
    await engine().remove("records", ["order_1", "order_2"]);
    await engine().clear("records");
    const sent = fake.requests.slice(before).filter((r) => !r.path.startsWith("/tasks/"));
    expect(sent.map((r) => `${r.method} ${r.path}`)).toEqual(["POST /indexes/t_records/documents/delete-batch", "DELETE /indexes/t_records/documents"]);
    expect(sent[0].body).toEqual(["order_1", "order_2"]);
  });

  it("searches with our filter and highlight markers, and maps the hits", async () => {
    fake.answerSearch({
      hits: [{ id: "a1", title: doc.title, display: doc.display, _formatted: { title: `Installing ball ${MARK_START}bearings${MARK_END}`, body: `…the ${MARK_START}ring${MARK_END}…` } }],
      estimatedTotalHits: 7,
      processingTimeMs: 1,
      query: "bearings",
      limit: 10,
      offset: 0,
    });
    const result = await engine().search("knowledge", { q: 'bearings" OR visibility = internal', filter: { visibility: ["public", "customers"], status: "published" }, limit: 10 });
    const request = fake.requests.at(-1)!;
    expect(request.path).toBe("/indexes/t_knowledge/search");
    expect(request.body).toMatchObject({
      q: 'bearings" OR visibility = internal',
      filter: 'visibility IN ["public", "customers"] AND status = "published"',
      limit: 10,
      highlightPreTag: MARK_START,
      highlightPostTag: MARK_END,
      attributesToCrop: ["body"],
    });
    expect(result).toEqual({
      hits: [{ id: "a1", title: `Installing ball ${MARK_START}bearings${MARK_END}`, snippet: `…the ${MARK_START}ring${MARK_END}…`, display: doc.display }],
      total: 7,
      engine: "meilisearch",
    });
  });

  it("a server error or an unreachable server is 'search unavailable'", async () => {
    fake.answerNextWithStatus(500);
    await expect(engine().search("knowledge", { q: "x" })).rejects.toBeInstanceOf(SearchUnavailableError);
    const down = meilisearchEngine({ host: "http://127.0.0.1:9", timeoutMs: 1000 });
    await expect(down.search("knowledge", { q: "x" })).rejects.toBeInstanceOf(SearchUnavailableError);
    await expect(down.upsert("knowledge", [doc])).rejects.toBeInstanceOf(SearchUnavailableError);
    expect(await down.healthy()).toBe(false);
    expect(await engine().healthy()).toBe(true);
  });

  it("builds filters only from our fields, quoting every value", () => {
    expect(meiliFilter({ type: "order", accountId: 'a"b\\c' })).toBe('type = "order" AND accountId = "a\\"b\\\\c"');
    expect(() => meiliFilter({ "status = x OR 1": "y" })).toThrow();
    expect(meiliFilter({})).toBeUndefined();
  });
});
