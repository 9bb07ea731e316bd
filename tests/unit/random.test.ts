import { describe, expect, it } from "vitest";
import { Random } from "~db/seed/random";

describe("seeded random", () => {
  it("repeats for the same seed and differs for another", () => {
    const a = new Random(42);
    const b = new Random(42);
    const c = new Random(43);
    const seqA = Array.from({ length: 5 }, () => a.next());
    expect(Array.from({ length: 5 }, () => b.next())).toEqual(seqA);
    expect(Array.from({ length: 5 }, () => c.next())).not.toEqual(seqA);
  });
  it("makes valid version-4 UUIDs", () => {
    const r = new Random(1);
    for (let i = 0; i < 100; i++) expect(r.uuid()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
  it("forks independent streams", () => {
    const root = new Random(5);
    expect(root.fork("a").next()).not.toBe(root.fork("b").next());
    expect(new Random(5).fork("a").next()).toBe(new Random(5).fork("a").next());
  });
});
