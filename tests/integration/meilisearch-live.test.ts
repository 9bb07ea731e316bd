import { describe, expect, it } from "vitest";
import { meilisearchEngine } from "~search/meilisearch.server";
import { MARK_START } from "~search/types";

// Opt-in: runs against a real Meilisearch when MEILI_HOST is set (there is none on CI machines).
describe.runIf(Boolean(process.env.MEILI_HOST))("Meilisearch, live", () => {
  it("indexes, filters, highlights, tolerates typos and deletes", async () => {
    const engine = meilisearchEngine({ host: process.env.MEILI_HOST!, apiKey: process.env.MEILI_API_KEY, prefix: `accord_test_${Date.now()}_` });
    await engine.setup();
    await engine.upsert("knowledge", [
      { id: "a1", title: "Installing ball bearings", body: "Press only on the ring that is the interference fit.", filters: { visibility: "public", status: "published", category: "installation" }, display: {} },
      { id: "a2", title: "Releasing credit holds", body: "Staff procedure.", filters: { visibility: "internal", status: "published", category: "procedures" }, display: {} },
    ]);
    const found = await engine.search("knowledge", { q: "bearnigs", filter: { visibility: ["public", "customers"], status: "published" } });
    expect(found.hits.map((h) => h.id)).toEqual(["a1"]);
    expect(found.hits[0].title).toContain(MARK_START);
    expect((await engine.search("knowledge", { q: "credit", filter: { visibility: ["public"] } })).hits).toEqual([]);
    await engine.remove("knowledge", ["a1"]);
    expect((await engine.search("knowledge", { q: "bearings" })).hits).toEqual([]);
    expect(await engine.healthy()).toBe(true);
  });
});
