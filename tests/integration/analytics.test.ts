import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb, queryRows } from "~db/client";
import { accounts, activities, orders, tasks, users } from "~db/schema";
import { type AccountAnalytics, computeAnalytics, snapshotAnalytics } from "~/domain/analytics/analytics.server";

// Small histories with known answers, as of the end of 2026-06-30.
const AS_OF = "2026-06-30";
const AT = Date.parse("2026-07-01T00:00:00Z");
const DAY = 86_400_000;
const ids: Record<string, string> = {};
let owner: string;

async function account(key: string) {
  const [row] = await getDb().insert(accounts).values({ number: `C-T${key}`, name: `Account ${key}`, industry: "Test", tier: "gold", ownerId: owner }).returning({ id: accounts.id });
  ids[key] = row.id;
}

async function ordersAt(key: string, daysAgo: number[], totalCents: number, status: "delivered" | "cancelled" = "delivered") {
  if (!daysAgo.length) return;
  await getDb()
    .insert(orders)
    .values(daysAgo.map((d, i) => ({ number: `SO-${key}-${i}`, accountId: ids[key], status, shippingAddress: { label: "x", company: null, line1: "x", line2: null, city: "x", region: null, postalCode: "x", country: "US" }, subtotalCents: totalCents, totalCents, placedAt: new Date(AT - d * DAY - 3600_000) })));
}

const range = (from: number, to: number, step: number) => Array.from({ length: Math.ceil((to - from) / step) }, (_, i) => from + i * step).filter((d) => d < to);

let result: Map<string, AccountAnalytics>;

beforeAll(async () => {
  const [u] = await getDb().insert(users).values({ kind: "staff", staffRole: "account_manager", name: "Morgan Owner", email: "owner@accord.example", passwordHash: "x" }).returning({ id: users.id });
  owner = u.id;
  for (const key of ["A", "B", "C", "D", "E", "F", "G", "H"]) await account(key);
  await ordersAt("A", range(1, 730, 7), 100_000); // weekly for two years, steady
  await ordersAt("B", [...range(3, 182, 21), ...range(182, 540, 7)], 200_000); // big, slowing down for six months
  await ordersAt("C", range(60, 730, 7), 100_000); // weekly, then nothing for 60 days
  await ordersAt("D", [10, 30], 5_000); // new this month
  await ordersAt("E", [20, 200, 380, 560], 20_000); // rare and small, flat
  await ordersAt("F", [800, 900], 50_000); // lapsed over two years ago
  await ordersAt("H", [10, 40], 90_000, "cancelled"); // every order cancelled
  result = new Map((await computeAnalytics(AS_OF)).map((r) => [Object.entries(ids).find(([, id]) => id === r.accountId)![0], r]));
});

describe("value segments, lifecycle stages and churn risk", () => {
  it("gives every account exactly one segment and stage, with the documented rules", () => {
    const got = Object.fromEntries([...result].map(([k, r]) => [k, [r.segment, r.lifecycleStage]]));
    expect(got).toEqual({
      A: ["most_valuable", "stability"],
      B: ["at_risk", "decline"],
      C: ["at_risk", "decline"],
      D: ["growth", "exploration"],
      E: ["transactional", "formation"],
      F: ["inactive", "decline"],
      G: ["inactive", "exploration"],
      H: ["inactive", "exploration"],
    });
  });

  it("scores RFM by quintile among accounts that ordered in 24 months; ties share a score", () => {
    const rfm = Object.fromEntries([...result].map(([k, r]) => [k, [r.r, r.f, r.m]]));
    expect(rfm).toEqual({ A: [5, 5, 4], B: [4, 3, 5], C: [1, 4, 3], D: [3, 2, 1], E: [2, 2, 2], F: [null, null, null], G: [null, null, null], H: [null, null, null] });
    // Weekly from day 1: days 1, 8, … 358 fall inside the 12 months (365 days) — 52 orders.
    expect(result.get("A")).toMatchObject({ recencyDays: 1, frequency: 52, monetaryCents: 5_200_000 });
    expect(result.get("H")).toMatchObject({ frequency: 0, monetaryCents: 0, recencyDays: null });
  });

  it("measures churn risk against the account's own rhythm and trend, and says why", () => {
    expect(result.get("A")!.churnRisk).toBeLessThan(0.05);
    const c = result.get("C")!;
    expect(c.typicalIntervalDays).toBe(7);
    expect(c.churnRisk).toBeGreaterThan(0.75);
    expect(c.churnRisk).toBeLessThan(0.85);
    expect(c.reasons).toEqual(["no order for 60 days; usually orders every 7 days", expect.stringMatching(/^revenue down \d+% on the 6 months before$/)]);
    expect(result.get("B")!.trend).toBeLessThan(-0.25);
    expect(result.get("F")!.churnRisk).toBe(1);
    expect(result.get("F")!.reasons).toEqual(["no order in 24 months"]);
    expect(result.get("G")!.reasons).toEqual(["has never ordered"]);
    expect(result.get("D")!.reasons).toEqual(["no order for 10 days; usually orders every 20 days"]);
  });

  it("computes any past day: a year earlier, C was steady and the newcomer D did not exist", async () => {
    const earlier = new Map((await computeAnalytics("2025-06-30")).map((r) => [r.accountId, r]));
    expect(earlier.get(ids.C)!.segment).not.toBe("at_risk");
    expect(earlier.get(ids.D)).toMatchObject({ segment: "inactive", lifecycleStage: "exploration" });
  });
});

describe("the closed loop", () => {
  it("a top-value account entering at-risk gets one task for its manager and one activity, however often it is recomputed", async () => {
    process.env.ANALYTICS_THRESHOLDS = JSON.stringify({ topValueMinM: 3 });
    try {
      await snapshotAnalytics("2026-03-31");
      const before = await getDb().select().from(tasks).where(eq(tasks.accountId, ids.C));
      expect(before).toHaveLength(0);
      const { accounts: n, alerts } = await snapshotAnalytics(AS_OF);
      expect(n).toBe(8);
      expect(alerts).toBeGreaterThanOrEqual(1);
      await snapshotAnalytics(AS_OF);
      const [task, ...more] = await getDb().select().from(tasks).where(eq(tasks.accountId, ids.C));
      expect(more).toHaveLength(0);
      expect(task).toMatchObject({ assigneeId: owner, priority: "high", status: "open", title: "Win back Account C: now at risk" });
      expect(task.notes).toContain("no order for 60 days; usually orders every 7 days");
      const notes = await getDb().select().from(activities).where(eq(activities.accountId, ids.C));
      expect(notes.map((a) => a.subject)).toEqual(["Entered the at-risk segment"]);
      const [{ n: stored }] = await queryRows<{ n: number }>(getDb(), sql`select count(*)::int as n from account_analytics where as_of = ${AS_OF}::date`);
      expect(Number(stored)).toBe(8);
    } finally {
      delete process.env.ANALYTICS_THRESHOLDS;
    }
  });
});

describe("analytics in the API", () => {
  it("GET /api/v1/analytics/accounts?asOf= answers every account, and accounts/:id carries the block", async () => {
    const { handleApi } = await import("~/api/api.server");
    const { createApiToken } = await import("~/api/tokens.server");
    const { token } = await createApiToken({ name: "BI", scopes: ["analytics:read", "accounts:read"], accountId: null, createdBy: null });
    const get = async (path: string, t = token) => {
      const r = await handleApi(new Request(`http://x/api/v1${path}`, { headers: { Authorization: `Bearer ${t}` } }), path.slice(1).split("?")[0]);
      return { status: r.status, json: await r.json() };
    };
    const first = await get(`/analytics/accounts?asOf=${AS_OF}&limit=5`);
    const second = await get(`/analytics/accounts?asOf=${AS_OF}&limit=5&cursor=${first.json.nextCursor}`);
    const all = [...first.json.data, ...second.json.data];
    expect(all).toHaveLength(8);
    expect(second.json.nextCursor).toBeNull();
    const c = all.find((a: { accountId: string }) => a.accountId === ids.C);
    expect(c).toMatchObject({ segment: "at_risk", lifecycleStage: "decline", rfm: { recencyDays: 60, r: 1, f: 4, m: 3 } });
    // A day without a snapshot is computed from the orders.
    const past = await get(`/analytics/accounts?asOf=2025-06-30&limit=100`);
    expect(past.json.data.find((a: { accountId: string }) => a.accountId === ids.D).segment).toBe("inactive");
    const account = await get(`/accounts/${ids.A}`);
    expect(account.json.data.analytics).toMatchObject({ accountId: ids.A, segment: "most_valuable", lifecycleStage: "stability" });
    const customer = await createApiToken({ name: "A", scopes: ["analytics:read"], accountId: ids.A, createdBy: null });
    expect((await get("/analytics/accounts", customer.token)).status).toBe(403);
  });
});
